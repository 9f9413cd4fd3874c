/// The release of netgraph this library is, as Semantic Versioning 2.0.0 names it
/// (https://semver.org).
///
/// `netgraph --version` prints ``current``. It equals the newest release heading of
/// `CHANGELOG.md` (a CLI test compares the two), and a release is tagged `v` followed by it.
public enum NetGraphVersion {
    /// The current release, `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
