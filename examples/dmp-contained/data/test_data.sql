-- A few rows in the shape of the Digital Marketplace's data, enough to see the initialisation work. Replace this
-- file with the full test_data.sql from dm-runner for real data (PostgreSQL runs every file in
-- /docker-entrypoint-initdb.d once, when its data volume is empty).
CREATE TABLE frameworks (
    id serial PRIMARY KEY,
    slug varchar NOT NULL UNIQUE,
    name varchar NOT NULL,
    status varchar NOT NULL
);

CREATE TABLE suppliers (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    duns_number varchar
);

INSERT INTO frameworks (slug, name, status) VALUES
    ('g-cloud-12', 'G-Cloud 12', 'live'),
    ('digital-outcomes-and-specialists-5', 'Digital Outcomes and Specialists 5', 'live');

INSERT INTO suppliers (name, duns_number) VALUES
    ('Example Supplier Ltd', '100000001'),
    ('Another Supplier plc', '100000002');
