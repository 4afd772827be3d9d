import Glibc
import Vokabular

/// What is at the target path, when Prognos may replace it.
enum Malstatus: Equatable {
    /// Nothing: the reports can be renamed into place.
    case saknas
    /// An empty directory.
    case tom
    /// A folder Prognos wrote: its manifest and nothing but files the manifest lists.
    case egen
}

/// Decides whether Prognos may replace what is at the target path, and refuses anything else with a
/// message naming what was found. A folder that another Prognos run swaps out while it is being looked at
/// is looked at again at its path.
enum Malkontroll {
    /// How often a target that changes under inspection is inspected again.
    static let forsok = 100

    /// The target's status; throws `RapportFel` when it may not be replaced.
    static func status(_ mal: Malsokvag, i foralder: Katalog) throws(RapportFel) -> Malstatus {
        for _ in 0..<forsok {
            let post: (slag: Postslag, identitet: Katalog.Identitet)
            do {
                post = try foralder.status(mal.namn)
            } catch {
                if error.kod == ENOENT { return .saknas }
                throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
            }
            guard post.slag == .mapp else { throw .inteEnMapp(sokvag: mal.angiven, slag: post.slag) }
            let katalog: Katalog
            do {
                katalog = try foralder.oppna(undermapp: mal.namn)
            } catch {
                if [ENOENT, ENOTDIR, ELOOP].contains(error.kod) { continue }
                throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
            }
            defer { katalog.stang() }
            let avslag: Avslag
            do throws(Avslag) {
                return try bedom(katalog)
            } catch {
                avslag = error
            }
            // Judged on a folder that may have been swapped out meanwhile: only what is still there counts.
            guard (try? katalog.identitet()) == (try? foralder.status(mal.namn).identitet) else { continue }
            switch avslag {
            case .frammande(let fynd):
                throw .frammandeInnehall(sokvag: mal.angiven, fynd: fynd.beskrivningar, antal: fynd.antal)
            case .fel(let fel):
                throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: fel.kod)
            }
        }
        throw .andradesUnderTiden(sokvag: mal.angiven)
    }

    /// Why an open folder may not be replaced.
    private enum Avslag: Error {
        case frammande(Fynd)
        case fel(SystemFel)
    }

    /// Judges the open folder's entries against its manifest.
    private static func bedom(_ katalog: Katalog) throws(Avslag) -> Malstatus {
        let poster: [[UInt8]], frammande: [(namn: [UInt8], slag: Postslag?)]
        do throws(SystemFel) {
            poster = try katalog.poster()
            frammande = try frammandePoster(poster, i: katalog)
        } catch {
            throw .fel(error)
        }
        if poster.isEmpty { return .tom }
        guard frammande.isEmpty else { throw .frammande(Fynd(frammande)) }
        return .egen
    }

    /// Those of `poster` that are not Prognos's: all of them without a valid manifest, otherwise those
    /// the manifest does not list or that are not regular files.
    private static func frammandePoster(_ poster: [[UInt8]], i katalog: Katalog) throws(SystemFel)
        -> [(namn: [UInt8], slag: Postslag?)] {
        let manifestnamn = Array(Rapportmanifest.filnamn.utf8)
        guard poster.contains(manifestnamn), let manifest = try Rapportmanifest.las(i: katalog) else {
            return try poster.map { namn throws(SystemFel) in (namn, try katalog.slag(namn)) }
        }
        let listade = Set(manifest.filer.map { Array($0.utf8) })
        var frammande: [(namn: [UInt8], slag: Postslag?)] = []
        for namn in poster where namn != manifestnamn {
            let slag = try katalog.slag(namn)
            if !listade.contains(namn) || slag != .fil { frammande.append((namn, slag)) }
        }
        return frammande
    }
}
