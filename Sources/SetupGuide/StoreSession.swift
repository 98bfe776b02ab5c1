public import Foundation
public import SetupGuideModel
public import SetupGuideStore

/// The store as commands use it: resolved from `--store` or `SETUP_GUIDE_STORE` (else the local
/// SQLite file), opened, used by one piece of async work, and closed, from synchronous code.
package enum StoreSession {
    /// Opens the store `flag` names and runs `body` on it, waiting for it to finish.
    package static func run<T: Sendable>(
        store flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        _ body: @escaping @Sendable (any VerificationStore) async throws(StoreError) -> T
    ) throws(StoreError) -> T {
        let location = try StoreLocation.resolve(flag: flag, environment: environment)
        let result = Locked<Result<T, StoreError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do throws(StoreError) {
                let store = try await location.open()
                do throws(StoreError) {
                    let value = try await body(store)
                    await store.close()
                    result.withLock { $0 = .success(value) }
                } catch {
                    await store.close()
                    result.withLock { $0 = .failure(error) }
                }
            } catch {
                result.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        switch result.withLock({ $0 }) {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw .invalid(.init("the store did not answer", "le stockage n'a pas répondu"))
        }
    }
}
