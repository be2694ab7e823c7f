-- Residents search initiatives by words of their title and text (MATCH … AGAINST in boolean mode).
create fulltext index ft_initiative_text on initiative (title, proposal);
