namespace HeresHealthy.Silo.Storage;

/// <summary>
/// The app's data-protection keys (they sign and encrypt session cookies and anti-forgery tokens), kept in the store the
/// nodes share: a cookie issued by one node is read by every other, and survives a restart of all of them. Each key is
/// an XML element under a unique name; keys are only ever added (ASP.NET Core revokes by adding a revocation element).
/// </summary>
public interface IKeyRingStore
{
    IReadOnlyList<string> ReadAll();

    /// <summary>Adds the element unless one of that name is stored already.</summary>
    void Store(string name, string xml);
}
