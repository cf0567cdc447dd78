import Foundation
import Testing

@testable import CoopMobility

@Suite("Reference data")
struct CommunesTests {
  @Test func loadsTheTwentyFourCommunesByCode() throws {
    let communes = try TestSupport.communes()
    #expect(communes.all.map(\.code) == Array(97401...97424))
    #expect(communes[97416]?.name == "Saint-Pierre")
    #expect(communes[97417]?.name == "Saint-Philippe")
    #expect(communes[97407]?.name == "Le Port")
    #expect(communes[97407]?.shortName == "Port")
    #expect(communes[97411]?.postcodes == ["97400", "97417", "97490"])
    #expect(communes[97400] == nil)
    #expect(communes[97425] == nil)
  }

  @Test func totalsMatchTheCensus() throws {
    let communes = try TestSupport.communes()
    #expect(communes.totalPopulation == 881_348)
    // P22_EMPLT is a weighted estimate: the CSV sums to 287,188.48.
    #expect(communes.totalJobs.rounded() == 287_188)
    #expect(
      communes.all.allSatisfy { $0.population > 0 && $0.jobs > 0 && $0.workingPopulation > 0 })
    let saintDenis = try #require(communes[97411])
    #expect(abs(saintDenis.jobs / communes.totalJobs - 0.235) < 0.001)
  }

  @Test func geometryIsConsistent() throws {
    let communes = try TestSupport.communes()
    let total = communes.all.reduce(0) { $0 + $1.areaSquareKilometres }
    // La Réunion covers about 2,512 km²; INSEE's SUPERF gives 98.9 km² for Saint-Louis.
    #expect(abs(total - 2512) < 60)
    #expect(abs((communes[97414]?.areaSquareKilometres ?? 0) - 98.9) < 5)
    #expect(communes[97405]?.shape.polygons.count == 2)
    for commune in communes.all {
      #expect(commune.shape.boundingBox.contains(commune.centroid))
      #expect(communes.island.boundingBox.contains(commune.centroid))
    }
    // Saint-Denis is the northernmost commune; Saint-Philippe lies in the south-east.
    let north = communes.all.max { $0.centroid.latitude < $1.centroid.latitude }
    #expect(north?.code == 97411)
    #expect((communes[97417]?.centroid.longitude ?? 0) > 55.7)
  }

  @Test(arguments: [
    ("Le Port", 97407), ("Port", 97407), ("PORT", 97407), ("le port", 97407),
    ("Saint-Pierre", 97416), ("ST PIERRE", 97416), ("st-pierre", 97416),
    ("Saint-Philippe", 97417), ("L'Étang-Salé", 97404), ("ETANG SALE", 97404),
    ("Sainte-Marie", 97418), ("STE MARIE", 97418), ("Les Avirons", 97401),
    ("la plaine des palmistes", 97406), ("Le Tampon", 97422), ("Petite-Île", 97405),
  ])
  func findsCommunesByName(name: String, code: Int) throws {
    let communes = try TestSupport.communes()
    #expect(communes.code(forName: name) == code)
    #expect(communes.code(matching: name) == code)
  }

  /// A point at sea comes ashore at the nearest point of the coast; a point on land stays.
  @Test func nearestPointOfTheIslandIsOnItsCoast() throws {
    let island = try TestSupport.communes().island
    let inland = GeoPoint(latitude: -21.1, longitude: 55.5)
    #expect(island.nearestPoint(to: inland) == inland)
    // 5 km or so north of Saint-Denis's shore.
    let offshore = GeoPoint(latitude: -20.82, longitude: 55.45)
    #expect(!island.contains(offshore))
    let ashore = island.nearestPoint(to: offshore)
    let moved = offshore.distance(to: ashore)
    #expect(moved > 1 && moved < 10, "moved \(moved) km")
    // No vertex of the outline is nearer than the point found (which may lie between two).
    let vertices = island.polygons.flatMap(\.rings).joined()
    #expect(vertices.allSatisfy { offshore.distance(to: $0) >= moved - 1e-6 })
  }

  @Test func findsCommunesByPostcodeAndCode() throws {
    let communes = try TestSupport.communes()
    #expect(communes.code(forPostcode: "97420") == 97407)
    #expect(communes.code(forPostcode: "97490") == 97411)
    // Postcode 97419 is La Possession, INSEE code 97419 is Sainte-Rose.
    #expect(communes.code(forPostcode: "97419") == 97408)
    #expect(communes.code(matching: "97419") == 97419)
    #expect(communes.code(matching: " 97460 ") == 97415)
    #expect(communes.code(forPostcode: "75001") == nil)
    #expect(communes.code(forName: "Paris") == nil)
    #expect(communes.code(matching: "") == nil)
  }
}
