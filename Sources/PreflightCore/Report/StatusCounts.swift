/// How many results had each status: one number a status.
struct StatusCounts: Sendable {
    private var pass = 0
    private var fail = 0
    private var unknown = 0
    private var notApplicable = 0

    /// The number of results with `status`.
    subscript(status: Status) -> Int {
        get {
            switch status {
            case .pass: return pass
            case .fail: return fail
            case .unknown: return unknown
            case .notApplicable: return notApplicable
            }
        }
        set {
            switch status {
            case .pass: pass = newValue
            case .fail: fail = newValue
            case .unknown: unknown = newValue
            case .notApplicable: notApplicable = newValue
            }
        }
    }
}
