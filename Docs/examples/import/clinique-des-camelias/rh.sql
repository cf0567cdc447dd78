-- The clinic's HR database, as a script: sqlite3 rh.sqlite < rh.sql
CREATE TABLE etablissements (code TEXT PRIMARY KEY, nom TEXT, insee INTEGER, lat REAL, lon REAL);
INSERT INTO etablissements VALUES ('CAM', 'Clinique des Camélias', 97411, -20.8890, 55.4560);
CREATE TABLE personnel (matricule TEXT PRIMARY KEY, nom TEXT, etablissement TEXT, cp TEXT,
  lat REAL, lon REAL, mode_transport TEXT, arrivee_min INTEGER, depart_min INTEGER, jours INTEGER);
INSERT INTO personnel VALUES
  ('C01', 'Durand', 'CAM', '97400', -20.890, 55.455, 'walk', 420, 1140, 4),
  ('C02', 'Payet', 'CAM', '97438', -20.900, 55.540, 'car_solo', 420, 1140, 4),
  ('C03', 'Hoarau', 'CAM', '97419', -20.925, 55.335, 'car_solo', 1140, 420, 3),
  ('C04', 'Grondin', 'CAM', '97490', -20.910, 55.490, 'bus', 480, 960, 5);
