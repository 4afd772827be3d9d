import Application

/// Why `prognos serve` could not answer a request as asked; `Webbsvar` turns each into an HTTP answer.
enum Webbfel: Error {
    /// A value the chain's readers refused: the form page with the message beside the field.
    case felaktigtVarde(sida: String)
    /// The bundled scenario itself could not be run.
    case scenariot(Korfel)
    /// The scenario is not one of the bundled chains.
    case okantScenario(String)
    /// The request sets a key the form does not have.
    case okantFalt(String)
    /// No page or file by that name.
    case okandSida(String)
    /// The ledger's period report could not be made (no ledger, no outcome, an unknown version).
    case uppfoljning(Korfel)
    /// A value in the ledger page's query that is not what the form sends.
    case felaktigFraga(String)
    /// Every run slot is taken.
    case upptagen
}
