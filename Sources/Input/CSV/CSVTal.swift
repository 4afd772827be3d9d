import Budget
import Foundation

extension CSVRader {
    /// A figure in the file's own decimal convention, finite and within `intervall`.
    package func tal(_ text: String, intervall: ClosedRange<Double>, fel: (String) -> ScenarioFel) throws(ScenarioFel) -> Double {
        let annat: Character = format == .komma ? "," : "."
        if let value = Decimaltal.tolka(text, decimaltecken: format.decimaltecken) {
            guard intervall.contains(value) else {
                throw fel("talet \(text) ligger utanför det rimliga för tabellen, \(Granser.beskrivning(intervall))")
            }
            return value
        }
        var problem = "förväntade ett tal (\(format.beskrivning)), fick \"\(text)\""
        if text.contains(" ") || text.contains("\u{A0}") {
            problem += "; skriv talet utan mellanslag mellan tusental"
        } else if text.contains(annat) {
            problem += "; decimaltecknet i den här filen är \"\(format.decimaltecken)\""
        } else if text.contains("−") {
            problem += "; skriv minus som bindestreck (-)"
        }
        throw fel(problem)
    }
}
