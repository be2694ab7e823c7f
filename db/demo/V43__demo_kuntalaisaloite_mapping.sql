-- Demo: kuntalaisaloite.fi's own ids of the demo municipalities (as its API names them)
insert into kuntalaisaloite_municipality (municipality_id, remote_id)
select id, case code when '609' then '609' else '214' end from municipality where code in ('609', '214');
