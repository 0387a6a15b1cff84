#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Runs a transform over the indices `0..<count` on every core and hands each result to a
/// consumer on the calling thread, in index order, as soon as it and every result before it
/// are done.
///
/// Unlike batches, there is no barrier: the workers go on with later indices while the
/// consumer takes the earlier ones. At most `window` results are computed ahead of the
/// consumer, so memory holds a window of results rather than the whole run. The workers are
/// threads of the stream's own, joined before `run` returns, so that it makes progress from
/// any caller, even one that holds a thread of Dispatch's pool (a task, a queue's block).
enum OrderedStream {
    /// Calls `transform` for every index on worker threads and `consume` with the results, in
    /// index order, on the calling thread; returns once every result has been consumed.
    static func run<T: Sendable>(_ count: Int, window: Int, _ transform: @Sendable (Int) -> T, consume: (T) -> Void) {
        guard count > 0 else { return }
        let workers = min(processorCount(), count)
        guard workers > 1, window > 1 else {
            for index in 0..<count { consume(transform(index)) }
            return
        }
        let ring = Ring<T>(capacity: window)
        withoutActuallyEscaping(transform) { transform in
            let work = Work {
                while let index = ring.claim(below: count) {
                    ring.put(transform(index), at: index)
                }
            }
            let threads = (0..<workers).compactMap { _ in work.start() }
            guard !threads.isEmpty else {
                // No thread could be made: the calling thread does the work itself, in turn.
                for index in 0..<count { consume(transform(index)) }
                return
            }
            for index in 0..<count { consume(ring.take(index)) }
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// A worker's loop, handed to the threads that run it.
    private final class Work: @unchecked Sendable {
        /// The loop: claims indices and stores their results until none is left.
        let body: () -> Void

        init(_ body: @escaping () -> Void) {
            self.body = body
        }

        /// Starts a thread running ``body``; nil when no thread could be made.
        func start() -> pthread_t? {
            let context = Unmanaged.passRetained(self)
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { raw in
                Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, context.toOpaque())
            guard status == 0 else {
                context.release()
                return nil
            }
            return thread
        }
    }

    /// The number of cores online (at least 1).
    private static func processorCount() -> Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The results between the workers and the consumer: `capacity` slots, reused in turn.
    ///
    /// A worker claims an index only after `space` grants it a slot; the consumer gives the
    /// slot back once it has taken that index's result. So at most `capacity` indices are
    /// claimed and not yet consumed, and index `i`'s slot (`i % capacity`) was emptied (index
    /// `i - capacity` consumed) before `i` was claimed. Each slot's `ready` semaphore tells
    /// the consumer its result is there.
    private final class Ring<T>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<T>
        private let capacity: Int
        private let ready: [DispatchSemaphore]
        private let space: DispatchSemaphore
        private let next = Atomic<Int>(0)

        init(capacity: Int) {
            self.capacity = capacity
            slots = UnsafeMutablePointer<T>.allocate(capacity: capacity)
            ready = (0..<capacity).map { _ in DispatchSemaphore(value: 0) }
            space = DispatchSemaphore(value: capacity)
        }

        /// The next index to compute, or nil once every index below `count` is claimed.
        func claim(below count: Int) -> Int? {
            space.wait()
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else {
                space.signal()
                return nil
            }
            return index
        }

        /// Stores the result of a claimed index and tells the consumer.
        func put(_ value: T, at index: Int) {
            (slots + index % capacity).initialize(to: value)
            ready[index % capacity].signal()
        }

        /// Waits for index `index`'s result and moves it out, freeing its slot.
        func take(_ index: Int) -> T {
            ready[index % capacity].wait()
            let value = (slots + index % capacity).move()
            space.signal()
            return value
        }

        deinit { slots.deallocate() }
    }
}
