-- The demo's cases came after the search's term index was built (or, on a database that had them already, were
-- indexed by the schema's V46): index those not indexed yet, as the application would have
insert into initiative_term (term, received_on, initiative_id)
select distinct w.term, w.received_on, w.initiative_id from initiative_word w
where not exists (select 1 from initiative_term t where t.initiative_id = w.initiative_id);

insert into search_term (term)
select distinct t.term from initiative_term t
where not exists (select 1 from search_term s where s.term = t.term);
