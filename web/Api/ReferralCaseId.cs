using System.Security.Cryptography;
using System.Text;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Web.Api;

/// <summary>
/// The server allocates a new referral's case id from who refers and the command id: the same practice's retry lands
/// on the same case (idempotent on every node and after restarts, with no lookup), while the same command id from
/// another practice lands on a case of its own. So a command id tells nothing about ids the caller cannot see: a
/// practice that sends another practice's case id as its command id gets a new case of its own, as for any other id.
/// </summary>
public static class ReferralCaseId
{
    public static string Of(Actor practice, string commandId)
    {
        var source = Encoding.UTF8.GetBytes($"heres-referral\n{practice.Network}\n{practice.Id}\n{commandId}");
        return Convert.ToHexStringLower(SHA256.HashData(source).AsSpan(0, 16));
    }
}
