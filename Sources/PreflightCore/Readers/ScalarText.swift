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

extension Array where Element == Unicode.Scalar {
    /// The Unicode scalars of `text`, the array `Array(text.unicodeScalars)` makes: for ASCII
    /// text (most lines of a configuration file) one scalar per byte, made at its final size
    /// with no decoding and no counting pass first.
    init(scalarsOf text: Substring) {
        let ascii: [Unicode.Scalar]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
                for index in bytes.indices { scalars[index] = Unicode.Scalar(bytes[index]) }
                initialized = bytes.count
            }
        }
        self = ascii.flatMap { $0 } ?? Array(text.unicodeScalars)
    }
}
