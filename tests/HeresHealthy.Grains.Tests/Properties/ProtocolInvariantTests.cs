using FsCheck;
using FsCheck.Fluent;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Properties;

/// <summary>
/// Random command sequences from several practices, Lotsinnen and a coordinator, with duplicates and concurrent
/// claims, through the real grains; every invariant of PROTOCOL.md is checked after every step.
/// FsCheck prints the seed (Replay) of a failing run.
/// </summary>
public sealed class ProtocolInvariantTests
{
    private static readonly Gen<GeneratedStep> _step =
        from kind in Gen.Choose(0, ProtocolModel.Kinds - 1)
        from @case in Gen.Choose(0, ProtocolModel.Cases - 1)
        from who in Gen.Choose(0, 7)
        from variant in Gen.Choose(0, 29)
        select new GeneratedStep(kind, @case, who, variant);

    private static readonly Gen<GeneratedStep[]> _sequence = Gen.Choose(5, 40).SelectMany(n => _step.ArrayOf(n));

    [Fact]
    public async Task Every_invariant_holds_after_every_step_of_a_thousand_random_sequences()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), seed: false);
        var sequences = 0;
        var property = Prop.ForAll(_sequence.ToArbitrary(), steps =>
        {
            Interlocked.Increment(ref sequences);
            Task.Run(() => new InvariantRun(node, Sample.Id()[..8] + "-").RunAsync(steps)).GetAwaiter().GetResult();
        });

        property.Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));

        Assert.True(sequences >= 1000, $"only {sequences} sequences ran");
        TestContext.Current.SendDiagnosticMessage($"{sequences} random command sequences checked");
    }

    /// <summary>One sequence on its own Lotsinnen and cases (keys prefixed), checked step by step.</summary>
    private sealed class InvariantRun(SiloNode node, string prefix)
    {
        private readonly Dictionary<string, long> _sequence = [];
        private CaseCommand? _last;
        private string? _lastCase;

        public async Task RunAsync(GeneratedStep[] steps)
        {
            await SeedAsync();
            foreach (var step in steps)
            {
                try
                {
                    await RunStepAsync(step);
                    await CheckInvariantsAsync();
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    throw new InvalidOperationException($"GeneratedStep {step} of [{string.Join(", ", steps)}] broke: {error.Message}", error);
                }
            }
        }

        private async Task SeedAsync()
        {
            var capacities = new[] { 1, 1, 2 };
            for (var i = 0; i < ProtocolModel.Lotsinnen.Length; i++)
            {
                var id = prefix + ProtocolModel.Lotsinnen[i];
                await node.Grains.GetGrain<ILotsinGrain>(id).RegisterAsync(new LotsinProfile(id, $"Lotsin {i}", Sample.Network, "Caritas", capacities[i], ["de"], ["Wanne"]));
                await node.Grains.GetGrain<ILotsinGrain>(id).SetAvailabilityAsync(Sample.Id(), i == 2 ? Availability.OffDuty : Availability.OnDuty);
            }

            await node.Grains.GetGrain<IHelpOfferDirectoryGrain>(Sample.Network).RegisterAsync(new HelpOffer("offer-1", "Frühe Hilfen", HelpOfferKind.EarlyHelp, "Herne", null));
        }

        private async Task RunStepAsync(GeneratedStep step)
        {
            var caseId = $"{prefix}c{step.Case}";
            var state = await node.StateAsync(caseId);
            var now = DateTimeOffset.UtcNow;
            switch (step.Kind)
            {
                case 4:
                    var claims = await Task.WhenAll(
                        node.Case(caseId).ExecuteAsync(new Claim(Sample.Id(), ProtocolModel.LotsinActor(prefix, step.Who))),
                        node.Case(caseId).ExecuteAsync(new Claim(Sample.Id(), ProtocolModel.LotsinActor(prefix, step.Who + 1))));
                    Assert.True(claims.Count(c => c.Accepted) <= 1, "two concurrent claims both won");
                    foreach (var claim in claims.Where(c => c.Accepted))
                    {
                        Expect(caseId, claim, repeated: false);
                    }

                    break;
                case 17:
                    var lotsin = ProtocolModel.LotsinActor(prefix, step.Who).Id;
                    await node.Grains.GetGrain<ILotsinGrain>(lotsin).SetAvailabilityAsync(Sample.Id(), (Availability)(step.Variant % 3));
                    break;
                case 19 when _last is not null && _lastCase is not null:
                    var before = await node.StateAsync(_lastCase);
                    var again = await node.Case(_lastCase).ExecuteAsync(_last);
                    Assert.True(!again.Accepted || again.Repeated, "a repeated command id took effect twice");
                    SameState.Equal(before, await node.StateAsync(_lastCase));
                    break;
                default:
                    var command = ProtocolModel.Command(step, prefix, state, now);
                    var result = await node.Case(caseId).ExecuteAsync(command);
                    if (result.Accepted)
                    {
                        Expect(caseId, result, repeated: false);
                        (_last, _lastCase) = (command, caseId);
                    }
                    else
                    {
                        Assert.NotNull(result.Refusal);
                        SameState.Equal(state, await node.StateAsync(caseId));
                        if (result.Refusal.Code == RefusalCode.InvalidState)
                        {
                            Assert.Equal(state.Status.ToString(), result.Refusal.CurrentState);
                        }
                    }

                    break;
            }
        }

        /// <summary>Every change of a case yields exactly one event, numbered in order.</summary>
        private void Expect(string caseId, CommandResult result, bool repeated)
        {
            Assert.Equal(repeated, result.Repeated);
            var expected = _sequence.GetValueOrDefault(caseId) + 1;
            Assert.Equal(expected, result.Sequence);
            _sequence[caseId] = expected;
        }

        private async Task CheckInvariantsAsync()
        {
            var holders = new Dictionary<string, List<string>>();
            foreach (var name in ProtocolModel.Lotsinnen)
            {
                var view = (await node.Grains.GetGrain<ILotsinGrain>(prefix + name).GetAsync())!;
                Assert.True(view.ActiveCases.Count - view.OverCapacityCases.Count <= view.Profile.Capacity, $"{name} is over capacity without an override");
                foreach (var held in view.ActiveCases)
                {
                    holders.TryAdd(held, []);
                    holders[held].Add(view.Profile.Id);
                }
            }

            for (var i = 0; i < ProtocolModel.Cases; i++)
            {
                var caseId = $"{prefix}c{i}";
                var state = await node.StateAsync(caseId);
                var held = holders.GetValueOrDefault(caseId) ?? [];
                Assert.True(held.Count <= 1, $"{caseId} is held by {held.Count} Lotsinnen");
                if (state.Status is CaseStatus.Assigned or CaseStatus.Accepted or CaseStatus.InCare)
                {
                    Assert.Equal([state.LotsinId!], held);
                }
                else
                {
                    Assert.Empty(held);
                }

                if (state.Status != CaseStatus.None)
                {
                    Assert.NotNull(state.Consent);
                }

                Assert.All(
                    state.OnwardReferrals.Where(r => r.Status == OnwardReferralStatus.Contacted),
                    r => Assert.Contains(r.OfferId, state.Consent!.Recipients));
                Assert.All(state.ConsentExtensions, e => Assert.Contains(e.OfferId, state.Consent!.Recipients));
                Assert.Equal(state.Consent?.Recipients.Count ?? 0, state.Consent?.Recipients.Distinct().Count() ?? 0);

                if (state.Status == CaseStatus.Closed && state.Outcome is not (CaseOutcome.WithdrawnByPractice or CaseOutcome.ConsentWithdrawn))
                {
                    Assert.Contains(state.Feedback, f => f.Kind == FeedbackKind.Closing && f.Text is not null);
                }

                if (state.Outcome == CaseOutcome.ConsentWithdrawn)
                {
                    Assert.Null(state.Family);
                    Assert.Null(state.Consent!.GivenBy);
                    Assert.All(state.Feedback, f => Assert.Null(f.Text));
                    Assert.All(state.Messages, m => Assert.Null(m.Text));
                    Assert.All(state.Activities, a => Assert.Null(a.Note));
                    Assert.All(state.ContactAttempts, a => Assert.Null(a.Note));
                    Assert.All(state.ConsentExtensions, e => Assert.Null(e.GivenBy));
                }
            }
        }
    }
}
