using System.Collections.Concurrent;
using System.Net;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Audit;

/// <summary>
/// A command on a case, and a new referral, commit their audit row with the case's change
/// (web/Audit/AuditEndpointFilter.cs): the audit writer appends nothing for them. What that change did not commit, it
/// records as before.
/// </summary>
public sealed class CommandAuditTests : IAsyncDisposable
{
    private const string Messages = "POST /api/referrals/{caseId}/messages";
    private const string Referrals = "POST /api/referrals/";
    private readonly ConcurrentQueue<AuditEntry> _throughWriter = new();
    private readonly OwnApp _own;

    public CommandAuditTests(WebApp app) => _own = new(app, builder => builder.ConfigureTestServices(services =>
    {
        var storage = services.Single(d => d.ServiceType == typeof(IStorageProvider));
        var create = storage.ImplementationFactory!;
        services[services.IndexOf(storage)] = ServiceDescriptor.Singleton<IStorageProvider>(sp => new RecordingAppends((IStorageProvider)create(sp), _throughWriter));
    }));

    [Fact]
    public async Task A_command_or_a_referral_commits_its_row_with_the_change_and_a_repeat_or_a_refusal_is_recorded_by_the_writer()
    {
        using var practice = await _own.SignedInAsync(DemoUsers.ReferringPractice);
        var caseId = await practice.ReferAsync(Referral.Form());
        var commandId = ApiClient.NewCommandId();
        var path = $"/api/referrals/{caseId}/messages";

        using (var first = await practice.CommandAsync(path, new { text = "Die Familie kommt am Freitag." }, commandId))
        using (var repeated = await practice.CommandAsync(path, new { text = "Die Familie kommt am Freitag." }, commandId))
        using (var empty = await practice.CommandAsync(path, new { text = "" }))
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest], new[] { first.StatusCode, repeated.StatusCode, empty.StatusCode });
        }

        var storage = _own.Factory.Services.GetRequiredService<IStorageProvider>();
        var rows = (await storage.Audit.ReadAsync(new AuditFilter(CaseId: caseId), TestContext.Current.CancellationToken)).Where(r => r.Action is Messages or Referrals).Reverse().ToList();
        Assert.Equal([200, 200, 400], rows.Where(r => r.Action == Messages).Select(r => r.Status));
        Assert.All(rows, r => Assert.Equal("Practice:praxis01", r.Actor));
        Assert.Equal([200, 400], _throughWriter.Where(e => e.Action == Messages && e.CaseId == caseId).Select(e => e.Status));
        Assert.Single(rows, r => r.Action == Referrals && r.Status == 200);
        Assert.DoesNotContain(_throughWriter, e => e.Action == Referrals && e.CaseId == caseId);
        Assert.Equal(new AuditVerification(true, (await storage.Audit.ReadAsync(new AuditFilter(Limit: 1), TestContext.Current.CancellationToken))[0].Sequence, null),
            await storage.Audit.VerifyAsync(TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync() => _own.DisposeAsync();

    /// <summary>Notes every entry the audit writer appends (rows committed with a state write do not pass here).</summary>
    private sealed class RecordingAppends(IStorageProvider inner, ConcurrentQueue<AuditEntry> appended) : ForwardingStorage(inner)
    {
        public override IAuditTrail Audit { get; } = new RecordingTrail(inner.Audit, appended);
    }

    private sealed class RecordingTrail(IAuditTrail inner, ConcurrentQueue<AuditEntry> appended) : IAuditTrail
    {
        public Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
        {
            foreach (var entry in entries)
            {
                appended.Enqueue(entry);
            }

            return inner.AppendAsync(entries, cancellationToken);
        }

        public Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken) => inner.ReadAsync(filter, cancellationToken);

        public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => inner.VerifyAsync(cancellationToken);
    }
}
