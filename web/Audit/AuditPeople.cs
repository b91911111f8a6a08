using System.Collections.Concurrent;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// Who an audit row's actor is, in words: an account ("Role:login") by its display name, login and role; a live
/// push by the group it went to. One instance answers one request, asking each account once.
/// </summary>
public sealed class AuditPeople(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, Task<string>> _names = new(StringComparer.Ordinal);

    public Task<string> WhoAsync(string actor) => _names.GetOrAdd(actor, NameAsync);

    /// <summary>
    /// The actor column's value for a person filter: "Role:login" as given, or a bare login completed with the role of
    /// its account (a login without an account stays as it is and matches nothing).
    /// </summary>
    public async Task<string> ActorOfAsync(string person)
    {
        if (person.Contains(':', StringComparison.Ordinal))
        {
            return person;
        }

        var profile = await grains.GetGrain<IAccountGrain>(person.ToLowerInvariant()).GetAsync();
        return profile is null ? person : $"{profile.Role}:{profile.UserName}";
    }

    private async Task<string> NameAsync(string actor)
    {
        if (actor == AuditedRequest.Anonymous)
        {
            return "nicht angemeldet";
        }

        var (kind, id) = actor.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (actor[..colon], actor[(colon + 1)..]) : ("", actor);
        return kind switch
        {
            "practice" => $"Praxis {(await grains.GetGrain<IPracticeGrain>(id).GetAsync())?.Name ?? id} (Live-Anzeige)",
            "practices" => "alle Praxen des Netzwerks (Live-Anzeige)",
            "lotsin" => $"{(await grains.GetGrain<ILotsinGrain>(id).GetAsync())?.Profile.Name ?? id}, Familienlotsin (Live-Anzeige)",
            "onduty" => "die Lotsinnen im Dienst (Live-Anzeige)",
            "coordinator" => "die Koordination (Live-Anzeige)",
            "kiosk" => "das Familienkiosk (Live-Anzeige)",
            "" => actor,
            _ => await AccountAsync(kind, id),
        };
    }

    private async Task<string> AccountAsync(string role, string login)
    {
        var profile = await grains.GetGrain<IAccountGrain>(login.ToLowerInvariant()).GetAsync();
        return profile is null ? $"{login} ({RoleNames.German(role)})" : $"{profile.DisplayName} ({login}, {RoleNames.German(role)})";
    }
}
