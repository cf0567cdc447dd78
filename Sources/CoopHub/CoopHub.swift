/// The hub server: store, federation and rounds.
///
/// Its parts land with the hub issue; until then this module exports nothing.
public enum CoopHub {}
