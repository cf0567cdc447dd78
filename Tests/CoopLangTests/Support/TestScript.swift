/// A small script against the mobility schema, for tests about one condition or one character.
enum TestScript {
  /// A script that checks: title on line 2, `where filter` on line 9.
  static func filtering(_ filter: String, title: String = "T") -> String {
    """
    algorithm x version 1
      title "\(title)"
      uses mobility 1
    privacy
      unit employee
      epsilon 0.5
      min_group 5
    from employees e
    where \(filter)
    release
      n = count()

    """
  }
}
