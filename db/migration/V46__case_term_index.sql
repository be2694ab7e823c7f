-- The public search's own word index. MariaDB's full-text index collects every case that has a word before the
-- newest twenty can be picked: a common word costs as much as the number of cases that contain it. Here each
-- case's words sit in (term, received_on, case) order, so the newest cases with a word are the first rows of
-- one index range, however many cases have it. Kept by the application in the transaction that registers a
-- case or changes its title, proposal or receipt date (initiative.application.CaseTerms).

-- How a case's text becomes terms, written once: lower case, split at anything but a letter or a digit, words
-- of three letters or more (as the full-text index), at most 64 characters kept (a longer word is found by its
-- first 64). The application splits what a resident types the same way (FullTextQuery).
create view initiative_word as
-- (in the index's collation, so that "distinct" and the primary key agree on which words are one term)
select i.id as initiative_id, i.received_on, left(lower(j.w), 64) collate utf8mb4_unicode_ci as term
from initiative i,
     json_table(concat('["', regexp_replace(concat(i.title, ' ', i.proposal), '[^\\p{L}\\p{N}]+', '","'), '"]'),
                '$[*]' columns (w text path '$')) j
where char_length(j.w) >= 3;

create table initiative_term (
    term          varchar(64) not null,
    received_on   date        not null,
    initiative_id bigint      not null,
    primary key (term, received_on, initiative_id),
    -- a case's own terms: rewriting them, and checking a second typed word for a case
    key ix_initiative_term_case (initiative_id, term),
    constraint fk_initiative_term_case foreign key (initiative_id) references initiative (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Every term ever indexed, to turn a typed prefix into the terms it starts ("uimara" → uimaranta, uimarannalle)
-- without walking the postings. Never pruned: a term no case has any more only costs an empty index probe.
create table search_term (
    term varchar(64) not null primary key
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- distinct in the column's collation, as the primary key compares ("Kävely" and "kävely" are one term)
insert into initiative_term (term, received_on, initiative_id)
select distinct term, received_on, initiative_id from initiative_word;

insert into search_term (term)
select distinct term from initiative_term;
