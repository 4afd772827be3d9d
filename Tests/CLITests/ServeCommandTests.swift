import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `prognos serve` over HTTP, without a browser: the answers' status and Swedish text (the browser test
/// drives the same pages in Chromium when it is installed).
@Suite("prognos serve")
struct ServeCommandTests {
    /// A port nothing listens on now: one the system hands out for port 0.
    static func ledigPort() throws -> Int {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(s) }
        var adress = sockaddr_in()
        adress.sin_family = sa_family_t(AF_INET)
        adress.sin_addr.s_addr = inet_addr("127.0.0.1")
        var langd = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bunden = withUnsafeMutablePointer(to: &adress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, langd) == 0 && getsockname(s, $0, &langd) == 0 }
        }
        guard bunden else { throw Korning.Fel(beskrivning: "ingen ledig port") }
        return Int(UInt16(bigEndian: adress.sin_port))
    }

    /// The status and body of GET `sokvag`, waiting up to 20 s for the server to listen.
    static func hamta(_ port: Int, _ sokvag: String) async throws -> (status: Int, text: String) {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(sokvag)"))
        for _ in 0..<200 {
            if let (data, svar) = try? await URLSession.shared.data(from: url), let http = svar as? HTTPURLResponse {
                return (http.statusCode, String(decoding: data, as: UTF8.self))
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Korning.Fel(beskrivning: "prognos serve svarar inte på port \(port)")
    }

    @Test("The form, a refused value beside its field (400), an unknown field (400) and page (404), all in Swedish")
    func svaren() async throws {
        let port = try Self.ledigPort()
        let server = try Korning.starta(["serve", "--port", String(port)])
        defer { server.terminate(); server.waitUntilExit() }

        let start = try await Self.hamta(port, "/")
        #expect(start.status == 200 && start.text.contains("<form class=\"whatif\"") && start.text.contains("name=\"befolkning.migration.skala\""))

        let fel = try await Self.hamta(port, "/kor?personal.grupper.sjuksk%C3%B6terskor.personalomsattning=abc")
        #expect(fel.status == 400)
        #expect(fel.text.contains("<span class=\"fel\" id=\"fel-personal.grupper.sjuksköterskor.personalomsattning\">"
                                  + "förväntade externa avgångar i procent per år, fick texten &quot;abc&quot;</span>"), "\(fel.text.prefix(3000))")

        let okant = try await Self.hamta(port, "/kor?budget.underlag=%2Fetc")
        #expect(okant.status == 400 && okant.text.contains("Formuläret har inget fält &quot;budget.underlag&quot;"))
        let saknas = try await Self.hamta(port, "/finns-inte")
        #expect(saknas.status == 404 && saknas.text.contains("Det finns ingen sida eller fil"))

        // Fewer nurses recruited: the what-if's comparison shows the cost of unmet need beside the result, which
        // is not booked and would otherwise let lower recruitment look like a saving; the title names the change.
        let farre = try await Self.hamta(port, "/kor?personal.grupper.sjuksk%C3%B6terskor.rekryteringskapacitet=100")
        #expect(farre.status == 200)
        #expect(farre.text.contains("<title>Prognos: Blekinge, huvudalternativ (ändrat: personal.grupper.sjuksköterskor.rekryteringskapacitet=100)"))
        let ejTackt = try #require(farre.text.components(separatedBy: "<caption>Kostnad ej täckt behov (ej bokförd) (mnkr)</caption>").dropFirst().first)
        let skillnad2030 = try #require(ejTackt.components(separatedBy: "<th scope=\"row\">2030</th>").dropFirst().first?
            .components(separatedBy: "<td>").dropFirst(3).first?.components(separatedBy: "</td>").first)
        #expect(Double(skillnad2030.replacingOccurrences(of: ",", with: ".")).map { $0 > 0 } == true, "\(skillnad2030)")

        let csv = try await Self.hamta(port, "/ladda/kedja.csv?befolkning.migration.skala=0.5")
        #expect(csv.status == 200 && csv.text.contains("resultat;2025;"))
    }

    @Test("/uppfoljning: the period report by level from --db; a missing ledger (404), a bad month or level (400), in Swedish")
    func uppfoljning() async throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try UppfoljningRapportTests.liggare(mapp)
        let port = try Self.ledigPort(), tom = try Self.ledigPort()
        let server = try Korning.starta(["serve", "--port", String(port), "--db", db])
        let utan = try Korning.starta(["serve", "--port", String(tom), "--db", mapp.appendingPathComponent("saknas.sqlite").path])
        defer { for s in [server, utan] { s.terminate(); s.waitUntilExit() } }

        // By default the latest month with outcome, December, and the total with its nämnd as a link.
        let start = try await Self.hamta(port, "/uppfoljning")
        #expect(start.status == 200 && start.text.contains("<h1>Uppföljning 2018-12</h1>"))
        #expect(start.text.contains("<a href=\"/uppfoljning?period=2018-12&amp;niva=namnd&amp;namn=Landstingsstyrelsen\">Landstingsstyrelsen</a>"))
        let enhet = try await Self.hamta(port, "/uppfoljning?period=2018-08&version=1&niva=enhet&namn=Landstingsservice")
        #expect(enhet.status == 200 && enhet.text.contains("<strong>Landstingsservice</strong>") && enhet.text.contains("version 1, 2018-04 profil"))
        let csv = try await Self.hamta(port, "/uppfoljning/ladda/rapport.csv?period=2018-08")
        #expect(csv.status == 200 && csv.text.contains("niva;namn;enhet;konto;utfall_ack"))

        let manad = try await Self.hamta(port, "/uppfoljning?period=2018-13")
        #expect(manad.status == 400 && manad.text.contains("Månaden ska vara ÅÅÅÅ-MM, t.ex. 2018-08, inte &quot;2018-13&quot;."))
        let niva = try await Self.hamta(port, "/uppfoljning?period=2018-08&niva=forvaltning&namn=Finns%20ej")
        #expect(niva.status == 400 && niva.text.contains("ingen nivå &quot;forvaltning&quot; som heter &quot;Finns ej&quot;"))
        let version = try await Self.hamta(port, "/uppfoljning?period=2018-04&version=2")
        #expect(version.status == 404 && version.text.contains("prognosversion 2 är inte en av årets versioner gjorda t.o.m. 2018-04"))
        let saknas = try await Self.hamta(tom, "/uppfoljning")
        #expect(saknas.status == 404 && saknas.text.contains("saknas.sqlite&quot; finns inte"), "\(saknas.text.prefix(2000))")
    }

    @Test("A port already in use: exit code 1 and the reason in Swedish")
    func upptagenPort() async throws {
        let port = try Self.ledigPort()
        let forsta = try Korning.starta(["serve", "--port", String(port)])
        defer { forsta.terminate(); forsta.waitUntilExit() }
        _ = try await Self.hamta(port, "/finns-inte")
        let andra = try Korning.kor(["serve", "--port", String(port)])
        #expect(andra.status == 1)
        #expect(andra.stderr == "prognos: kan inte lyssna på 127.0.0.1:\(port): porten används redan av ett annat program; välj en annan med --port\n")
    }
}
