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

extension Array where Element == UInt8 {
    /// The UTF-8 bytes of `line`, the array `Array(line.utf8)` makes, copied whole from the
    /// text's storage (a copy through the UTF-8 view goes byte by byte).
    init(bytesOf line: Substring) {
        self = line.utf8.withContiguousStorageIfAvailable { [UInt8]($0) } ?? [UInt8](line.utf8)
    }
}
