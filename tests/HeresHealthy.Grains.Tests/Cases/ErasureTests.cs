using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>After consent is withdrawn, no personal value survives in any stored row or event.</summary>
public abstract class ErasureTests<TTarget> where TTarget : StorageTarget, new()
{
    private const string Guardian = "Zeynep Korkmaz-Brinkmann";
    private const string Child = "Lionel";
    private const string Phone = "0157 9988776";

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
            Consent = Sample.Consent(DateTimeOffset.UtcNow) with { GivenBy = Guardian },
            Note = $"{Child} ist oft krank, Mutter {Guardian}",
        });
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), lotsin));
        await grain.MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, true, $"{Guardian} unter {Phone} erreicht"));
        await grain.MustAsync(new SendFeedback(Sample.Id(), lotsin, FeedbackKind.FirstContact, $"Treffen mit {Child} vereinbart"));
        await grain.MustAsync(new AddPracticeMessage(Sample.Id(), Sample.Practice(), $"{Child}: U7 fehlt"));
        Assert.Contains(await StoredRows.ReadAllAsync(_target), row => row.Contains(Child, StringComparison.Ordinal));

        await grain.MustAsync(new WithdrawConsent(Sample.Id(), Sample.Practice()));

        var rows = await StoredRows.ReadAllAsync(_target);
        Assert.NotEmpty(rows);
        foreach (var value in new[] { Guardian, "Korkmaz", Child, Phone, "9988776", "Bahnhofstraße" })
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        var state = await node.StateAsync(_case);
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ConsentWithdrawn, "Wanne"), (state.Status, state.Outcome, state.District));
        Assert.Single(state.ContactAttempts);
    }
}

public sealed class SqliteErasureTests : ErasureTests<SqliteTarget>;

public sealed class PostgresErasureTests : ErasureTests<PostgresTarget>;
