import Dispatch

/// Runs a transform over indices on every core, keeping the order of the results.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(index))
        }
        return slots.values()
    }

    /// Result storage written once per index from many threads: each index has one writer,
    /// and the buffer is allocated before any of them starts.
    private final class Slots<T>: @unchecked Sendable {
        private let storage: UnsafeMutablePointer<T>
        private let count: Int

        init(count: Int) {
            self.count = count
            storage = UnsafeMutablePointer<T>.allocate(capacity: count)
        }

        func set(_ index: Int, _ value: T) {
            (storage + index).initialize(to: value)
        }

        /// The values, moved out: call once, after every index was set.
        func values() -> [T] {
            let result = Array(UnsafeBufferPointer(start: storage, count: count))
            storage.deinitialize(count: count)
            return result
        }

        deinit { storage.deallocate() }
    }
}
