extension String {
    /// The text of `scalars`, encoded straight to UTF-8: the String that
    /// `String(String.UnicodeScalarView(scalars))` makes, without appending the scalars to
    /// a String one by one (many times slower). The bytes are counted first and written
    /// into the String's own storage, with no byte array in between.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for scalar in scalars {
                if scalar.isASCII {
                    buffer[written] = UInt8(truncatingIfNeeded: scalar.value)
                    written += 1
                    continue
                }
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
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
