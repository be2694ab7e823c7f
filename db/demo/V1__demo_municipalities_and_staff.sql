-- Demo data for the run command only (a separate Flyway history, demo_data_history): never run in production.
-- Every demo account's password is "aloitepolku"; the hashes are PBKDF2-HMAC-SHA256, 210 000 iterations.

insert into municipality (code, name_fi, name_sv) values
    ('609', 'Pori', 'Björneborg'),
    ('214', 'Kankaanpää', 'Kankaanpää');

insert into staff_user (username, display_name, email, password_hash, active, created_at) values
    ('admin', 'Maija Pääkäyttäjä', 'maija.paakayttaja@example.fi',
     'PBKDF2WithHmacSHA256:210000:zyuHQIeoowmR3vbFPBHStd2K15V1h7iev8vV8rxdL7k=:qy7ibCQ9VjgaWSiy7cxYV9yOi9cX8NnxziyDFi+1hNU=',
     true, '2026-01-02 08:00:00'),
    ('aino', 'Aino Osallisuusagentti', 'aino.osallisuusagentti@example.fi',
     'PBKDF2WithHmacSHA256:210000:xP2570u2mOzCvAxEkI1BlR3q1BHrdU7OsZ6W2WaFQeg=:ut4e0CU9y8UmMXDt4M7lhU6OF9nVaRR6TUb3ME04iOY=',
     true, '2026-01-02 08:00:00'),
    ('ville', 'Ville Viestintäsuunnittelija', 'ville.viestinta@example.fi',
     'PBKDF2WithHmacSHA256:210000:2u9EoF8Hy9kPX1iX7QPZWAgFB5TlQBg1JQsJCsCoweQ=:QhaI9PpdCv1PqfczobOgCfxY3IlOxCAvxpUExAMQd/E=',
     true, '2026-01-02 08:00:00'),
    ('pekka', 'Pekka Valmistelija', 'pekka.valmistelija@example.fi',
     'PBKDF2WithHmacSHA256:210000:HDjLiA5zjnIekq+rbomjp49PjVwoKPl4s6pIUMIltAc=:H3pdgn98PgzmrJNffJditJr8/djF8BXNybl9P873S8A=',
     true, '2026-01-02 08:00:00'),
    ('liisa', 'Liisa Lautakuntasihteeri', 'liisa.sihteeri@example.fi',
     'PBKDF2WithHmacSHA256:210000:6Ea/sN06CPX39k0d2zhdIaJmcnyN1Q5GG5F3q019jXU=:cYLhnwgRHbjCkCVUiDmQQFAh/hgJi0Z3Ghalkar78ZA=',
     true, '2026-01-02 08:00:00');

insert into staff_user_role (staff_user_id, role)
select id, 'ADMIN' from staff_user where username = 'admin'
union all select id, 'AGENT' from staff_user where username in ('aino', 'ville')
union all select id, 'PREPARER' from staff_user where username in ('pekka', 'liisa');
