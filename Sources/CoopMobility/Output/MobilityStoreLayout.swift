/// The normalized store of the mobility schema, version 1: the DDL every company file uses.
///
/// The engine generates the same DDL from the schema (`StoreSchema`); `StoreLayoutTests` keeps
/// the two equal.
public enum MobilityStoreLayout {
  /// `CREATE TABLE sites …`.
  public static let sitesTable = """
    CREATE TABLE sites (id TEXT PRIMARY KEY NOT NULL, zone INTEGER NOT NULL CHECK (zone BETWEEN 97401 AND 97424), location_lat REAL NOT NULL, location_lon REAL NOT NULL);
    """
  /// `CREATE TABLE employees …`.
  public static let employeesTable = """
    CREATE TABLE employees (id TEXT PRIMARY KEY NOT NULL, site TEXT NOT NULL REFERENCES sites(id), home_zone INTEGER NOT NULL CHECK (home_zone BETWEEN 97401 AND 97424), home_lat REAL NOT NULL, home_lon REAL NOT NULL, mode TEXT NOT NULL CHECK (mode IN ('car_solo','car_passenger','bus','bike','walk','motorbike','telework','other')), arrival INTEGER NOT NULL CHECK (arrival BETWEEN 0 AND 1439), departure INTEGER NOT NULL CHECK (departure BETWEEN 0 AND 1439), days_on_site INTEGER NOT NULL CHECK (days_on_site BETWEEN 0 AND 7), telework_eligible INTEGER NOT NULL CHECK (telework_eligible IN (0,1)));
    """
  /// The column names of `sites`, in table order (also the CSV header).
  public static let sitesColumns = ["id", "zone", "location_lat", "location_lon"]
  /// The column names of `employees`, in table order (also the CSV header).
  public static let employeesColumns = [
    "id", "site", "home_zone", "home_lat", "home_lon", "mode", "arrival", "departure",
    "days_on_site", "telework_eligible",
  ]
}
