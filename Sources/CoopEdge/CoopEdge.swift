/// The edge agent: policy and job runner.
///
/// Its parts land with the hub issue; until then this module exports nothing.
public enum CoopEdge {}
