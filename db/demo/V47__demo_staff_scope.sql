-- Demo: which municipalities each account works for. The administrator administers the whole deployment;
-- Kaisa administers Kankaanpää only; Pekka prepares Pori's matters, Liisa (the body's secretary) both towns'.
update staff_user set all_municipalities = true where username = 'admin';

insert into staff_user (username, display_name, email, password_hash, active, all_municipalities, created_at)
select 'kaisa', 'Kaisa Kankaanpään pääkäyttäjä', 'kaisa.paakayttaja@example.fi', password_hash, true, false,
       '2026-01-02 08:00:00'
from staff_user where username = 'admin';
insert into staff_user_role (staff_user_id, role) select id, 'ADMIN' from staff_user where username = 'kaisa';

insert into agent_municipality (staff_user_id, municipality_id)
select u.id, m.id from staff_user u, municipality m
where (u.username = 'pekka' and m.code = '609')
   or (u.username = 'liisa' and m.code in ('609', '214'))
   or (u.username = 'kaisa' and m.code = '214');
