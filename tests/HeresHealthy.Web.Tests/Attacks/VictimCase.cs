using System.Globalization;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// A case in care with every kind of personal value a unique string (names, phone, address, note, contact note,
/// appointment place, activity note, feedback, message), so that any of them turning up anywhere is a leak.
/// The referring practice is <see cref="DemoUsers.ReferringPractice"/>, the responsible Lotsin <see cref="DemoUsers.Lotsin1"/>.
/// </summary>
public sealed class VictimCase : IDisposable
{
    private VictimCase(ApiClient practice, ApiClient lotsin, ApiClient coordinator, string caseId, string mark)
    {
        Practice = practice;
        Lotsin = lotsin;
        Coordinator = coordinator;
        CaseId = caseId;
        Mark = mark;
    }

    public ApiClient Practice { get; }

    public ApiClient Lotsin { get; }

    public ApiClient Coordinator { get; }

    public string CaseId { get; }

    /// <summary>Part of every personal value of this case, and of nothing else.</summary>
    public string Mark { get; }

    public string OnwardReferralId { get; private set; } = "";

    public List<string> PersonalValues { get; } = [];

    /// <summary>
    /// The family's display name for the kiosk: personal and erased with the case, but shown to the kiosk of the
    /// network while the case is open, so that it is not among the <see cref="PersonalValues"/> no outsider may see.
    /// </summary>
    public string DisplayName => $"Familie {Mark}";

    /// <summary>Every value that must be gone from every table after the erasure.</summary>
    public IEnumerable<string> ErasedValues => [.. PersonalValues, DisplayName];

    public string LotsinPath => $"/api/lotsin/cases/{CaseId}";

    public static async Task<VictimCase> CreateAsync(WebApp app)
    {
        var mark = Guid.NewGuid().ToString("N")[..10];
        var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var lotsin = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var form = Referral.Form();
        var phone = $"0176 {Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture)}";
        form["family"]!["guardianName"] = $"Vormund{mark}";
        form["family"]!["childFirstName"] = $"Kind{mark}";
        form["family"]!["phone"] = phone;
        form["family"]!["address"] = $"Geheimweg {mark} 3";
        form["consent"]!["givenBy"] = $"Vormund{mark}";
        form["note"] = $"Notiz der Praxis {mark}";
        var victim = new VictimCase(practice, lotsin, coordinator, await practice.ReferAsync(form), mark);
        victim.PersonalValues.AddRange([$"Vormund{mark}", $"Kind{mark}", phone, $"Geheimweg {mark}", $"Notiz der Praxis {mark}"]);
        await victim.FillAsync();
        return victim;
    }

    /// <summary>The views of every entitled party, to compare before and after an attack.</summary>
    public async Task<string> SnapshotAsync() =>
        string.Join(
            "\n",
            await Practice.GetTextAsync($"/api/referrals/{CaseId}"),
            await Lotsin.GetTextAsync(LotsinPath),
            await Coordinator.GetTextAsync($"/api/board/cases/{CaseId}"));

    /// <summary>The first personal value in <paramref name="text"/>, if any.</summary>
    public string? LeakIn(string text) => PersonalValues.FirstOrDefault(v => text.Contains(v, StringComparison.Ordinal));

    /// <summary>A further change by the practice with a personal value of its own.</summary>
    public async Task WriteMessageAsync(string what)
    {
        var text = $"Nachricht {what} {Mark}";
        PersonalValues.Add(text);
        await Practice.MustAsync($"/api/referrals/{CaseId}/messages", new { text });
    }

    /// <summary>A further kiosk appointment with a place of its own; returns its id (the kiosk sees the id, time and Lotsin).</summary>
    public async Task<string> ScheduleAtKioskAsync(string what)
    {
        var commandId = ApiClient.NewCommandId();
        var place = $"Raum {what} {Mark}";
        PersonalValues.Add(place);
        using var response = await Lotsin.CommandAsync($"{LotsinPath}/appointments", new { at = LaterToday(), place, atKiosk = true }, commandId);
        await CommandAnswer.ReadAsync(response, "kiosk appointment");
        return commandId;
    }

    /// <summary>
    /// A time later today in Germany, where the kiosk's view of today shows it: an hour from now, or shortly before
    /// midnight if that is sooner (an hour from now was tomorrow after 23:00 and the kiosk heard nothing).
    /// </summary>
    private static DateTimeOffset LaterToday()
    {
        var now = DateTimeOffset.UtcNow;
        var local = HeresHealthy.Grains.Domain.GermanTime.ToLocal(now);
        var beforeMidnight = new DateTimeOffset(local.Date.AddDays(1).AddMinutes(-1), local.Offset);
        var inAnHour = now.AddHours(1);
        return inAnHour < beforeMidnight ? inAnHour : beforeMidnight > now ? beforeMidnight : now.AddSeconds(30);
    }

    /// <summary>Closes the case, so that it no longer counts against the Lotsin's capacity.</summary>
    public Task CloseAsync() =>
        Lotsin.MustAsync($"{LotsinPath}/closing", new { outcome = CaseOutcome.GoalsReached, feedback = "Abschluss nach dem Angriffstest." });

    public void Dispose()
    {
        Practice.Dispose();
        Lotsin.Dispose();
        Coordinator.Dispose();
    }

    private async Task FillAsync()
    {
        await Coordinator.AssignAsync(CaseId, DemoUsers.Lotsin1);
        await Lotsin.AcceptAsync(CaseId);
        var values = new[] { $"Kontaktnotiz {Mark}", $"Rückmeldung {Mark}", $"Treffpunkt {Mark}", $"Aktivitätsnotiz {Mark}" };
        PersonalValues.AddRange(values);
        await Lotsin.MustAsync($"{LotsinPath}/contact-attempts", new { reached = true, note = values[0] });
        await Lotsin.MustAsync($"{LotsinPath}/feedback", new { kind = FeedbackKind.FirstContact, text = values[1] });
        await Lotsin.MustAsync($"{LotsinPath}/appointments", new { at = DateTimeOffset.UtcNow.AddDays(3), place = values[2], atKiosk = false });
        await Lotsin.MustAsync($"{LotsinPath}/display-name", new { displayName = DisplayName });
        await Lotsin.MustAsync($"{LotsinPath}/first-meeting");
        await Lotsin.MustAsync($"{LotsinPath}/activities", new { kind = "Begleitung", note = values[3] });
        var offer = (await Lotsin.GetJsonAsync<List<HelpOffer>>("/api/help-offers")).First();
        await Lotsin.MustAsync($"{LotsinPath}/onward-referrals", new { offerId = offer.Id });
        OnwardReferralId = (await Lotsin.GetJsonAsync<LotsinCaseView>(LotsinPath)).OnwardReferrals.Single().Id;
        await WriteMessageAsync("vor dem Angriff");
    }
}
