import Foundation
import Hummingbird
import Report
import Vokabular

/// The one place where `prognos serve`'s errors become HTTP answers, as `Slutkod` is for exit codes: a
/// refused value is 400 with the form and the message beside the field, an unknown scenario or field 400,
/// a bundled scenario that cannot be run 500,
/// an unknown page 404, a period report that cannot be made 404 and a ledger page query the form does not send 400, and a server busy with as many runs as it has slots 503; every text Swedish.
/// Handlers just `try`.
enum Webbsvar {
    /// `svar`'s answer, or its error's.
    static func svar(_ svar: () async throws(Webbfel) -> Response) async -> Response {
        do { return try await svar() } catch {
            switch error {
            case .felaktigtVarde(let sida): return html(sida, status: .badRequest)
            case .scenariot(let fel):
                return meddelande("Scenariot kan inte köras", fel.description, status: .internalServerError)
            case .okantScenario(let namn):
                return meddelande("Okänt scenario", "\"\(Styrtecken.maskerade(namn))\" är inte ett av de medföljande kedjescenarierna; "
                                  + "välj ett i formuläret.", status: .badRequest)
            case .okantFalt(let nyckel):
                return meddelande("Okänt fält", "Formuläret har inget fält \"\(Styrtecken.maskerade(nyckel))\"; bara dess antaganden kan ändras "
                                  + "här. Andra nycklar ändras med prognos kor --satt.", status: .badRequest)
            case .okandSida(let sokvag):
                return meddelande("Sidan finns inte", "Det finns ingen sida eller fil \"\(Styrtecken.maskerade(sokvag))\".", status: .notFound)
            case .uppfoljning(let fel):
                return html(Meddelandesida.html(titel: "Ingen periodrapport", text: fel.description, tillbaka: Periodwebb.adress),
                            status: .notFound)
            case .felaktigFraga(let text):
                return html(Meddelandesida.html(titel: "Felaktigt val", text: text, tillbaka: Periodwebb.adress), status: .badRequest)
            case .upptagen:
                return meddelande("Upptagen", "Servern räknar redan på så många what-if som den hinner samtidigt. Försök igen om en stund.",
                                  status: .serviceUnavailable)
            }
        }
    }

    /// An HTML page.
    static func html(_ sida: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: sida)))
    }

    /// A file to download as `namn`: CSV, YAML or the HTML report.
    static func fil(_ namn: String, _ innehall: String) -> Response {
        let typ = namn.hasSuffix(".csv") ? "text/csv" : namn.hasSuffix(".html") ? "text/html" : "application/yaml"
        return Response(status: .ok, headers: [.contentType: "\(typ); charset=utf-8", .contentDisposition: "attachment; filename=\"\(namn)\""],
                        body: .init(byteBuffer: ByteBuffer(string: innehall)))
    }

    private static func meddelande(_ titel: String, _ text: String, status: HTTPResponse.Status) -> Response {
        html(Meddelandesida.html(titel: titel, text: text, tillbaka: "/"), status: status)
    }
}
