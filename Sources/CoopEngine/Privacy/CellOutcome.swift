/// What a thresholded cell releases.
public enum CellOutcome: Sendable, Hashable {
  /// The noisy count reached the minimum group size: the count and every value are released.
  case published(count: ReleasedValue, values: [ReleasedValue])
  /// The noisy count fell below the minimum group size: nothing of the cell is released.
  case suppressed

  /// Whether the cell is published.
  public var isPublished: Bool {
    if case .published = self { return true }
    return false
  }
}
