/// The first use case: La Réunion reference data, synthetic companies, the synergy report.
///
/// Its parts land with the engine and demo issues; until then this module exports nothing.
public enum CoopMobility {}
