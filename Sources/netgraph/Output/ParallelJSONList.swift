import Dispatch
import Foundation
import NetGraph

/// The items of a long JSON list written on several threads, in order.
///
/// An answer with an entry per node spends most of its time writing text once the analysis
/// is done: a breadth-first search of the 300×300 grid answers 26.8 MB of JSON. The items
/// are cut into blocks of ``itemsPerBlock``. Each round writes two blocks per lane at once,
/// each into a text of its own, while one more task hands the round before's texts on in
/// block order. An item's text depends only on the item (the writer places one comma before
/// every item but the first), so the bytes are those one thread writes, whatever the number
/// of lanes or the size of the blocks.
///
/// - Complexity: the items' cost, spread over the lanes; the memory of two rounds' texts,
///   `4 × lanes` blocks.
enum ParallelJSONList {
    /// Items per block: enough that a round's synchronisation is small next to its writing
    /// (a neighbour with its relations is a few hundred bytes), few enough that a list of a
    /// few thousand items is shared at all.
    static let itemsPerBlock = 1024

    /// The lanes a list is written with: every core, up to 8 (which bounds the texts held at
    /// once; the writing is bound by memory long before).
    static var defaultLanes: Int { min(8, ProcessInfo.processInfo.activeProcessorCount) }

    /// Hands the text on once it holds a mebibyte, and empties it: a list's text is never
    /// held whole.
    static func handOnWhenFull(_ json: inout JSONTextWriter, to emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard json.count >= 1 << 20 else { return }
        json.withBytes(emit)
        json.removeWritten()
    }

    /// Writes items `0..<count`, each by `item` (which writes exactly one value), as the
    /// elements of the list `json` has just opened, and hands the text to `emit` in order:
    /// first what `json` holds, then each block's. `json` is left empty, in the list, for its
    /// caller to close. A list of at most one block, or one lane, is written on the calling
    /// thread into `json`, handed to `emit` a mebibyte at a time.
    static func write(count: Int, lanes: Int = defaultLanes, itemsPerBlock: Int = itemsPerBlock,
                      into json: inout JSONTextWriter, item: @Sendable (Int, inout JSONTextWriter) -> Void,
                      emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let blocks = (count + itemsPerBlock - 1) / itemsPerBlock
        let lanes = max(1, min(lanes, blocks))
        guard lanes > 1 else {
            for index in 0..<count {
                item(index, &json)
                handOnWhenFull(&json, to: emit)
            }
            return
        }
        json.withBytes(emit)
        json.removeWritten()
        withoutActuallyEscaping(emit) { emit in
            writeInRounds(count: count, blocks: blocks, perRound: 2 * lanes, itemsPerBlock: itemsPerBlock, item: item, emit: emit)
        }
    }

    /// The rounds of ``write(count:lanes:itemsPerBlock:into:item:emit:)``: two sets of
    /// `perRound` texts take turns, one being written while the other is handed on.
    private static func writeInRounds(count: Int, blocks: Int, perRound: Int, itemsPerBlock: Int,
                                      item: @Sendable (Int, inout JSONTextWriter) -> Void,
                                      emit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        // Every text but the first block's starts with the comma that follows an item.
        var texts = (0..<2 * perRound).map { slot in JSONTextWriter(followingSibling: slot > 0) }
        // One task at a time hands texts on (the first of a round, and the round before has
        // ended), so `emit` is never called twice at once.
        nonisolated(unsafe) let emit = emit
        texts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer.baseAddress!
            var current = 0, previous = perRound, written = 0
            for round in stride(from: 0, to: blocks, by: perRound) {
                let inRound = min(perRound, blocks - round)
                let toHandOn = previous..<previous + written
                let set = current
                DispatchQueue.concurrentPerform(iterations: inRound + 1) { task in
                    guard task > 0 else {
                        for slot in toHandOn {
                            slots[slot].withBytes(emit)
                            slots[slot].removeWritten()
                        }
                        return
                    }
                    // Written through a local variable: the texts lie side by side in the
                    // array, and a count updated in place at every write would bounce their
                    // cache line between the cores. Moved, not copied, so the writer's
                    // storage stays uniquely its own.
                    let slot = set + task - 1
                    var text = (slots + slot).move()
                    let block = round + task - 1
                    for index in block * itemsPerBlock..<min(count, (block + 1) * itemsPerBlock) {
                        item(index, &text)
                    }
                    (slots + slot).initialize(to: text)
                }
                (current, previous, written) = (previous, current, inRound)
            }
            for slot in previous..<previous + written { slots[slot].withBytes(emit) }
        }
    }
}
