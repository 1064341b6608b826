using System;

namespace AiCompliance;

/// <summary>Where model-level declarations may be written: on the class, struct or interface that wraps the model.</summary>
internal static class DeclarationTargets
{
    /// <summary>Class, struct and interface.</summary>
    public const AttributeTargets ModelTypes = AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface;
}
