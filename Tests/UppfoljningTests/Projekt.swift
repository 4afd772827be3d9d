import Foundation
import Testdelar
import Uppfoljning

/// Paths of the project and the shared documents, found from this source file, and scratch ledgers.
enum Projekt {
    static let rot = Projektmappar.rot
    /// The published 2018 cases.
    static let fall = rot.appendingPathComponent("notebooks-data/uppfoljning-2018")
    /// The generated example ledger.
    static let exempel = rot.appendingPathComponent("notebooks-data/uppfoljning-exempel")
    /// `../shared/seeds` beside the project root, as on every developer machine and in CI.
    static let kallor = Projektmappar.kallor

    /// A fresh temporary folder.
    static func tempmapp() throws -> URL { try Projektmappar.tempmapp("liggare") }
}
