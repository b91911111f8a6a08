using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>After consent is withdrawn, and after the retention period of a closed case, no personal value survives in any stored row or event.</summary>
public abstract class ErasureTests<TTarget> where TTarget : StorageTarget, new()
{
    private const string Guardian = "Zeynep Korkmaz-Brinkmann";
    private const string Child = "Lionel";
    private const string Phone = "0157 9988776";
    private const string LaterGiver = "Hatice Oezdemir-Brinkmann";
    private const string KioskName = "Familie Wuestenhagen";

    private readonly TTarget _target = new();
    private readonly string _case = Sample.Id();

    [Fact]
    public async Task After_consent_is_withdrawn_no_stored_row_or_event_holds_the_family_name_phone_or_child_name()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var lotsin = Sample.Lotsin("l-1");
        var grain = node.Case(_case);
        await grain.MustAsync(Sample.Refer(DateTimeOffset.UtcNow, family: Sample.Family(Guardian, Child, Phone)) with
        {
            Consent = Sample.Consent(DateTimeOffset.UtcNow, offers: []) with { GivenBy = Guardian },
            Note = $"{Child} ist oft krank, Mutter {Guardian}",
        });
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1", OverrideReason.KnowsFamily, $"kennt {Guardian} aus der Kita"));
        await grain.MustAsync(new Accept(Sample.Id(), lotsin));
        await grain.MustAsync(new ExtendConsent(Sample.Id(), lotsin, "offer-1", LaterGiver, DateTimeOffset.UtcNow));
        await grain.MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, true, $"{Guardian} unter {Phone} erreicht"));
        await grain.MustAsync(new SendFeedback(Sample.Id(), lotsin, FeedbackKind.FirstContact, $"Treffen mit {Child} vereinbart"));
        await grain.MustAsync(new AddPracticeMessage(Sample.Id(), Sample.Practice(), $"{Child}: U7 fehlt"));
        await grain.MustAsync(new SetDisplayName(Sample.Id(), lotsin, KioskName));
        // "Bahnhofstra": SQLite keeps the JSON escape of the ß (Bahnhofstra\u00DFe), PostgreSQL's jsonb does not.
        string[] personal = [Guardian, "Korkmaz", Child, Phone, "9988776", "Bahnhofstra", LaterGiver, "Oezdemir", KioskName, "Wuestenhagen"];
        var stored = await StoredRows.ReadAllAsync(_target);
        Assert.All(personal, value => Assert.Contains(stored, row => row.Contains(value, StringComparison.Ordinal)));

        await grain.MustAsync(new WithdrawConsent(Sample.Id(), Sample.Practice()));

        await AssertNoRowHoldsAsync(personal);
        var state = await node.StateAsync(_case);
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ConsentWithdrawn, "Wanne"), (state.Status, state.Outcome, state.District));
        Assert.Single(state.ContactAttempts);
        Assert.Equal("offer-1", Assert.Single(state.ConsentExtensions).OfferId);
        Assert.Equal((OverrideReason.KnowsFamily, null), (Assert.Single(state.Overrides).Reason, state.Overrides[0].Note));
        Assert.Null(state.DisplayName);
    }

    [Fact]
    public async Task After_the_retention_period_of_a_closed_case_no_stored_row_or_event_holds_any_personal_value()
    {
        // ASCII only: SQLite keeps the JSON escapes of other characters, and each value must be found before retention.
        string[] personal = [Guardian, Child, Phone, "Kastanienweg 7", "Vater arbeitslos seit Juni", "Nachbarin nahm ab", "Cafe Kastanie",
            "Treffen am Spielplatz vereinbart", "Impfpass liegt in der Praxis", "Zum Jobcenter begleitet", "Familie an Kita angebunden", KioskName];
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(_target, time);
        var lotsin = Sample.Lotsin("l-1");
        var grain = node.Case(_case);
        await grain.MustAsync(Sample.Refer(time.GetUtcNow(), family: new FamilyRecord(Guardian, Child, 2024, Phone, personal[3], "tr", true)) with
        {
            Consent = Sample.Consent(time.GetUtcNow()) with { GivenBy = Guardian },
            Note = personal[4],
        });
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), lotsin));
        await grain.MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, true, personal[5]));
        await grain.MustAsync(new ScheduleAppointment(Sample.Id(), lotsin, time.GetUtcNow().AddDays(2), personal[6], false));
        await grain.MustAsync(new SendFeedback(Sample.Id(), lotsin, FeedbackKind.FirstContact, personal[7]));
        await grain.MustAsync(new AddPracticeMessage(Sample.Id(), Sample.Practice(), personal[8]));
        await grain.MustAsync(new RecordFirstMeeting(Sample.Id(), lotsin));
        await grain.MustAsync(new RecordActivity(Sample.Id(), lotsin, "Begleitung", personal[9]));
        await grain.MustAsync(new SetDisplayName(Sample.Id(), lotsin, KioskName));
        await grain.MustAsync(new Close(Sample.Id(), lotsin, CaseOutcome.GoalsReached, personal[10]));
        var stored = await StoredRows.ReadAllAsync(_target);
        Assert.All(personal, value => Assert.Contains(stored, row => row.Contains(value, StringComparison.Ordinal)));

        time.Advance(new RetentionOptions().ClosedCasesAfter);
        Assert.Equal(1, await node.FireDueRemindersAsync());

        await AssertNoRowHoldsAsync([.. personal, "Korkmaz", "9988776", "Kastanienweg"]);
        var state = await node.StateAsync(_case);
        Assert.Equal((CaseOutcome.GoalsReached, "Wanne", 1, 1), (state.Outcome, state.District, state.ContactAttempts.Count, state.Appointments.Count));
        Assert.NotNull(state.AnonymisedAt);
        Assert.Null(state.DisplayName);
    }

    private async Task AssertNoRowHoldsAsync(params string[] values)
    {
        var rows = await StoredRows.ReadAllAsync(_target);
        Assert.NotEmpty(rows);
        foreach (var value in values)
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }
}

public sealed class SqliteErasureTests : ErasureTests<SqliteTarget>;

public sealed class PostgresErasureTests : ErasureTests<PostgresTarget>;
