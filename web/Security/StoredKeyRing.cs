using System.Xml.Linq;
using HeresHealthy.Silo.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace HeresHealthy.Web.Security;

/// <summary>
/// ASP.NET Core's data-protection keys in the app's store (<see cref="IKeyRingStore"/>) instead of the node's home folder:
/// a session cookie or anti-forgery token one node issued is valid on every node, also on separate machines and after
/// every node restarted. A node that meets a key it does not know reads the ring again.
/// </summary>
public sealed class StoredKeyRing(IKeyRingStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. store.ReadAll().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
