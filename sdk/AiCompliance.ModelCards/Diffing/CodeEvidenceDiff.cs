using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Diffing;

/// <summary>
/// Compares what the code of one model was seen to do in two builds (<see cref="ModelDeclarations.Code"/>): the model
/// names it calls, the endpoints it sends data to and the tools it exposes, each item once as
/// <see cref="ObservedEvidence"/> identifies it, so a moved call site is no change. Every change is under the
/// declaration <see cref="Declaration"/>.
/// </summary>
internal static class CodeEvidenceDiff
{
    public const string Declaration = "ObservedInCode";

    public static void Compare(GovernanceDiff.Collector changes, string id, ModelDeclarations oldModel, bool oldRecorded, ModelDeclarations newModel, bool newRecorded)
    {
        if (!oldRecorded || !newRecorded)
        {
            // One change rather than every item added or removed: an item the other build did not record may have been there.
            if (!oldRecorded && newRecorded && newModel.Code is { } recorded)
            {
                changes.Add("model", id, Declaration, null, null, "codeEvidenceNowRecorded", null, Summary(recorded));
            }
            else if (oldRecorded && !newRecorded && oldModel.Code is { } dropped)
            {
                changes.Add("model", id, Declaration, null, null, "codeEvidenceNotRecorded", Summary(dropped), null);
            }

            return;
        }

        if (oldModel.Code is { IsFullyRead: false } || newModel.Code is { IsFullyRead: false })
        {
            // Entries this version cannot read (a newer package's) may be any item added or removed: one change, never a
            // list of items that may be wrong.
            changes.Add("model", id, Declaration, null, null, "codeEvidenceNotFullyRead", Unread(oldModel.Code), Unread(newModel.Code));
            return;
        }

        var before = oldModel.Code ?? ModelCodeEvidence.Empty;
        var after = newModel.Code ?? ModelCodeEvidence.Empty;
        ModelNames(changes, id, ObservedEvidence.ModelNames(before), ObservedEvidence.ModelNames(after));
        Endpoints(changes, id, ObservedEvidence.Endpoints(before), ObservedEvidence.Endpoints(after));
        Tools(changes, id, ObservedEvidence.Tools(before), ObservedEvidence.Tools(after));
    }

    private static void ModelNames(GovernanceDiff.Collector changes, string id, IReadOnlyList<DistinctModelName> before, IReadOnlyList<DistinctModelName> after)
    {
        foreach (var (o, n) in GovernanceDiff.Pair(before, after, Label, StringComparer.Ordinal))
        {
            if (o is null)
            {
                changes.Add("model", id, Declaration, Label(n!), null, "codeModelNameAdded", null, At(n!.Value ?? "(not constant)", n.Positions));
            }
            else if (n is null)
            {
                changes.Add("model", id, Declaration, Label(o), null, "codeModelNameRemoved", At(o.Value ?? "(not constant)", o.Positions), null);
            }
        }
    }

    private static void Endpoints(GovernanceDiff.Collector changes, string id, IReadOnlyList<DistinctEndpoint> before, IReadOnlyList<DistinctEndpoint> after)
    {
        foreach (var (o, n) in GovernanceDiff.Pair(before, after, Label, StringComparer.Ordinal))
        {
            if (o is null)
            {
                changes.Add("model", id, Declaration, Label(n!), null, "codeEndpointAdded", null, At(Jurisdiction(n!), n!.Positions));
            }
            else if (n is null)
            {
                changes.Add("model", id, Declaration, Label(o), null, "codeEndpointRemoved", At(Jurisdiction(o), o.Positions), null);
            }
            else if (!string.Equals(Jurisdiction(o), Jurisdiction(n), StringComparison.Ordinal))
            {
                // The same URI placed elsewhere: the host table of the newer build knows more (or less) of it.
                changes.Add("model", id, Declaration, Label(n), "Jurisdiction", "codeEndpointJurisdictionChanged", Jurisdiction(o), Jurisdiction(n));
            }
        }
    }

    private static void Tools(GovernanceDiff.Collector changes, string id, IReadOnlyList<DistinctTool> before, IReadOnlyList<DistinctTool> after)
    {
        foreach (var (o, n) in GovernanceDiff.Pair(before, after, Label, StringComparer.Ordinal))
        {
            if (o is null)
            {
                changes.Add("model", id, Declaration, Label(n!), null, "codeToolAdded", null, At("approval " + ObservedInCode.Text(n!.Approval), n.Positions));
            }
            else if (n is null)
            {
                changes.Add("model", id, Declaration, Label(o), null, "codeToolRemoved", At("approval " + ObservedInCode.Text(o.Approval), o.Positions), null);
            }
            else if (o.Approval != n.Approval)
            {
                // Only required ↔ not-required is a control the code shows gained or lost; "not visible" is neither.
                var kind = (o.Approval, n.Approval) switch
                {
                    (ToolApproval.Required, ToolApproval.NotRequired) => "codeToolApprovalDropped",
                    (ToolApproval.NotRequired, ToolApproval.Required) => "codeToolApprovalAdded",
                    _ => "codeToolApprovalChanged",
                };
                changes.Add("model", id, Declaration, Label(n), "Approval", kind, ObservedInCode.Text(o.Approval), ObservedInCode.Text(n.Approval));
            }
        }
    }

    private static string Label(DistinctModelName name) =>
        ObservedEvidence.KindText(name.Kind) + " " + (name.Value ?? "(not constant) via " + string.Join(", ", name.Apis));

    private static string Label(DistinctEndpoint endpoint) =>
        "endpoint " + (endpoint.Value ?? "(not constant) via " + string.Join(", ", endpoint.Apis));

    private static string Label(DistinctTool tool) => "tool " + tool.Name + " (" + tool.Source + ")";

    private static string Jurisdiction(DistinctEndpoint endpoint) => ObservedEvidence.Jurisdiction(endpoint.Location, endpoint.Regions);

    private static string At(string value, IReadOnlyList<string> positions) =>
        positions.Count == 0 ? value : value + " at " + string.Join(", ", positions);

    /// <summary>What a build recorded for the model, counted: "2 model names, 1 endpoint, 0 tools".</summary>
    private static string Summary(ModelCodeEvidence code) =>
        Count(ObservedEvidence.ModelNames(code).Count, "model name") + ", "
        + Count(ObservedEvidence.Endpoints(code).Count, "endpoint") + ", "
        + Count(ObservedEvidence.Tools(code).Count, "tool");

    private static string? Unread(ModelCodeEvidence? code) => code is { IsFullyRead: false } ? Count(code.UnreadEntries, "entry", "entries") + " not read" : null;

    private static string Count(int count, string noun, string plural) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural);

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
