-- A store's schema as its DBA wrote it, before ar4j: serial and assigned integer keys, smallint columns, a domain,
-- an enum type, fixed-width text, defaults the database fills, a composite index that starts with a foreign key,
-- a partitioned table and a view. ar4j maps it without changing a column.
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);

CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');

CREATE TABLE language (
    language_id serial PRIMARY KEY,
    name character(20) NOT NULL,
    last_update timestamp without time zone DEFAULT now() NOT NULL
);

-- country ids are the ISO 3166 numeric codes: the application assigns them
CREATE TABLE country (
    country_id integer PRIMARY KEY,
    country character varying(50) NOT NULL,
    last_update timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE film (
    film_id serial PRIMARY KEY,
    title character varying(255) NOT NULL,
    description text,
    release_year year,
    language_id integer NOT NULL REFERENCES language (language_id),
    rental_duration smallint DEFAULT 3 NOT NULL,
    rental_rate numeric(4,2) DEFAULT 4.99 NOT NULL,
    rating mpaa_rating DEFAULT 'G',
    last_update timestamp without time zone DEFAULT now() NOT NULL
);

CREATE INDEX idx_title ON film (title);
CREATE INDEX idx_film_language_title ON film (language_id, title);

-- rentals partitioned by their key, two partitions; the parent keeps the key and the film index
CREATE TABLE rental (
    rental_id integer NOT NULL,
    film_id integer NOT NULL REFERENCES film (film_id),
    rented_on date NOT NULL,
    PRIMARY KEY (rental_id)
) PARTITION BY RANGE (rental_id);
CREATE TABLE rental_low PARTITION OF rental FOR VALUES FROM (MINVALUE) TO (1000000);
CREATE TABLE rental_high PARTITION OF rental FOR VALUES FROM (1000000) TO (MAXVALUE);
CREATE INDEX idx_rental_film ON rental (film_id);

-- a view the reports read: no key of its own, film_id is a natural key of its rows
CREATE VIEW film_titles AS
    SELECT f.film_id, f.title, l.name AS language, f.rating
    FROM film f JOIN language l ON l.language_id = f.language_id;

-- a report's view with no key at all: one row per rating
CREATE VIEW films_by_rating AS
    SELECT rating, count(*) AS films FROM film GROUP BY rating;

-- staff notes on a film or a country, written by the store's back office: polymorphic, a type and a key
-- ('film' or 'country') with the index that back office made, type first
CREATE TABLE staff_note (
    note_id serial PRIMARY KEY,
    notable_type character varying(30),
    notable_id integer,
    note text NOT NULL
);
CREATE INDEX idx_staff_note_notable ON staff_note (notable_type, notable_id);

-- the store's stock: DVDs and Blu-rays in one table, a kind column naming each row's class
CREATE TABLE stock_item (
    item_id serial PRIMARY KEY,
    kind character varying(20) NOT NULL,
    film_id integer NOT NULL REFERENCES film (film_id),
    region_code smallint,
    resolution character varying(10)
);
CREATE INDEX idx_stock_item_film ON stock_item (film_id);

-- actors and the join table of who plays in which film: no id of its own, keyed by both its columns
CREATE TABLE actor (
    actor_id serial PRIMARY KEY,
    first_name character varying(45) NOT NULL,
    last_name character varying(45) NOT NULL,
    last_update timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE film_actor (
    actor_id smallint NOT NULL REFERENCES actor (actor_id),
    film_id smallint NOT NULL REFERENCES film (film_id),
    last_update timestamp without time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (actor_id, film_id)
);
CREATE INDEX idx_fk_film_id ON film_actor (film_id);
