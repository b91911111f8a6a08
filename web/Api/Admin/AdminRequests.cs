using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Web.Api.Admin;

/// <summary>A district for a town of the network (a new town with its first district).</summary>
public sealed record PlaceRequest(string? CommandId, string? Municipality, string? District);

/// <summary>A new practice (no id) or a change to one (its id).</summary>
public sealed record PracticeRequest(string? CommandId, string? Id, string? Name, string? Address, string? Phone, string? Municipality, string? District);

/// <summary>A new Lotsin (no id) or a change to one (its id); <c>Organisation</c>: her employer (Träger).</summary>
public sealed record LotsinRequest(string? CommandId, string? Id, string? Name, string? Organisation, int? Capacity, string[]? Languages, string[]? Districts);

/// <summary>
/// A new account. <c>EntityId</c>: the practice or Lotsin it acts for (other roles act for themselves);
/// <c>FirstPassword</c>: chosen by the admin's page, handed over in person, to be changed at the first sign-in.
/// </summary>
public sealed record AccountRequest(string? CommandId, string? UserName, string? DisplayName, ActorRole? Role, string? EntityId, string? FirstPassword);

/// <summary>A new first password for an account.</summary>
public sealed record PasswordResetRequest(string? CommandId, string? FirstPassword);

/// <summary>A CSV file of practices or Lotsinnen; <c>DryRun</c>: check every row and change nothing.</summary>
public sealed record ImportRequest(string? CommandId, string? Csv, bool DryRun);
