@testable import PreflightCore
import Synchronization
import XCTest

/// OrderedStream hands every result over once, in index order, and never runs more than its
/// window ahead of the consumer.
final class OrderedStreamTests: XCTestCase {
    func testEveryResultArrivesOnceInIndexOrder() {
        for count in [0, 1, 2, 3, 17, 1_000] {
            var consumed: [Int] = []
            OrderedStream.run(count, window: 8, { $0 * 3 }, consume: { consumed.append($0) })
            XCTAssertEqual(consumed, (0..<count).map { $0 * 3 }, "count \(count)")
        }
    }

    func testNoMoreThanTheWindowIsComputedAheadOfTheConsumer() {
        let started = Atomic<Int>(0)
        var consumed = 0
        var furthestAhead = 0
        OrderedStream.run(500, window: 4, { index -> Int in
            started.add(1, ordering: .relaxed)
            // Uneven work, so that workers overtake one another.
            var sum = 0
            for step in 0..<((index % 7) * 2_000) { sum &+= step }
            return index + sum - sum
        }, consume: { index in
            XCTAssertEqual(index, consumed)
            usleep(50) // a slow consumer, so that unbounded workers would run far ahead
            consumed += 1
            furthestAhead = max(furthestAhead, started.load(ordering: .relaxed) - consumed)
        })
        XCTAssertEqual(consumed, 500)
        XCTAssertLessThanOrEqual(furthestAhead, 4)
    }

    func testStreamsRunFromEveryThreadOfDispatchsPoolAtOnceWithoutStalling() {
        // Every thread of the pool blocks in a stream: the streams' workers must not need it.
        let callers = 16
        let done = DispatchSemaphore(value: 0)
        for caller in 0..<callers {
            DispatchQueue.global().async {
                var sum = 0
                OrderedStream.run(200, window: 8, { $0 + caller }, consume: { sum += $0 })
                XCTAssertEqual(sum, (0..<200).reduce(0, +) + 200 * caller)
                done.signal()
            }
        }
        for _ in 0..<callers {
            XCTAssertEqual(done.wait(timeout: .now() + 30), .success, "a stream stalled")
        }
    }

    func testAWindowOfOneStillHandsEverythingOver() {
        var consumed: [String] = []
        OrderedStream.run(5, window: 1, { "r\($0)" }, consume: { consumed.append($0) })
        XCTAssertEqual(consumed, ["r0", "r1", "r2", "r3", "r4"])
    }
}
