extension String {
    /// The text of `scalars`, encoded straight to UTF-8: the String that
    /// `String(String.UnicodeScalarView(scalars))` makes, without appending the scalars to
    /// a String one by one (many times slower).
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
