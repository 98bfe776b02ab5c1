import Foundation

/// A refusal of the file system (an `errno`), named in words in both languages, so no message
/// carries Foundation's English ("NSCocoaErrorDomain error 512") or a bare number.
public struct FileFault: Error, Sendable, Equatable {
    /// The `errno` value.
    public var code: Int32

    /// A fault for `code`.
    public init(code: Int32) { self.code = code }

    /// The fault behind a Foundation or POSIX error, when there is one.
    public init?(_ error: any Error) {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            self.init(code: Int32(nsError.code))
        } else if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(code: Int32(underlying.code))
        } else if nsError.domain == NSCocoaErrorDomain, let code = Self.cocoaCodes[nsError.code] {
            self.init(code: code)
        } else {
            return nil
        }
    }

    /// Foundation's file error codes (`CocoaError.Code`) that stand for one `errno`.
    private static let cocoaCodes: [Int: Int32] = [
        CocoaError.fileNoSuchFile.rawValue: ENOENT, CocoaError.fileReadNoSuchFile.rawValue: ENOENT,
        CocoaError.fileWriteNoPermission.rawValue: EACCES, CocoaError.fileReadNoPermission.rawValue: EACCES,
        CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC, CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS,
        CocoaError.fileWriteFileExists.rawValue: EEXIST,
    ]

    /// The reason, in both languages.
    public var reason: BilingualText {
        switch code {
        case ENOSPC, EDQUOT: BilingualText("the disk is full", "le disque est plein")
        case EROFS: BilingualText("the disk is read-only", "le disque est en lecture seule")
        case EACCES, EPERM: BilingualText("permission denied", "permission refusée")
        case ENOENT: BilingualText("the folder does not exist", "le dossier n'existe pas")
        case ENOTDIR: BilingualText("a part of the path is a file, not a folder", "une partie du chemin est un fichier, pas un dossier")
        case EISDIR: BilingualText("it is a folder; give a file name", "c'est un dossier ; indiquez un nom de fichier")
        case ELOOP: BilingualText("it goes through a symbolic link", "il passe par un lien symbolique")
        case ENAMETOOLONG: BilingualText("the name is too long", "le nom est trop long")
        case EEXIST: BilingualText("a file of that name exists already", "un fichier de ce nom existe déjà")
        case EIO: BilingualText("input/output error on the disk", "erreur d'entrée-sortie sur le disque")
        default: BilingualText("system error \(code)", "erreur système \(code)")
        }
    }
}
