using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api.Admin;

/// <summary>The admin's requests as the network grain takes them; missing numbers and choices are refused here, naming the field.</summary>
public static class AdminInput
{
    public static PracticeProfile Practice(PracticeRequest r, ClaimsPrincipal admin) => new(
        r.Id ?? "", r.Name?.Trim() ?? "", admin.ToActor().Network, r.Municipality ?? "", r.District ?? "", Optional(r.Phone), Optional(r.Address));

    public static LotsinProfile Lotsin(LotsinRequest r, ClaimsPrincipal admin) => new(
        r.Id ?? "", r.Name?.Trim() ?? "", admin.ToActor().Network, r.Organisation?.Trim() ?? "", r.Capacity ?? 0, r.Languages ?? [], r.Districts ?? []);

    public static AccountProfile Account(AccountRequest r, ClaimsPrincipal admin) => new(
        r.UserName?.Trim().ToLowerInvariant() ?? "", r.DisplayName?.Trim() ?? "", r.Role!.Value, r.EntityId ?? "", admin.ToActor().Network);

    public static IResult? CheckLotsin(LotsinRequest r) =>
        r.Capacity is null ? Problems.Invalid("capacity", "Bitte die Kapazität angeben: wie viele Fälle sie zugleich betreut.") : null;

    public static IResult? CheckAccount(AccountRequest r) =>
        r.Role is null ? Problems.Invalid("role", "Bitte eine Rolle aus der Liste wählen.")
        : string.IsNullOrEmpty(r.FirstPassword) ? Problems.Invalid("firstPassword", "Bitte ein Erstpasswort angeben (mindestens 12 Zeichen).")
        : null;

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
