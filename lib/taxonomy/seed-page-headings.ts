/**
 * The community page's headings, verbatim: the portal keeps the community's names. Tests compare the
 * seeded taxonomy and the rendered home page against this.
 */
export const SEED_PAGE_HEADINGS = {
  "Authentication & Authorization Problems": [
    "AI Agent Authentication Failures",
    "Permission Denied Errors",
    "Token Expiration Issues",
    "Role Assignment Problems",
  ],
  "Performance & Security Conflicts": [
    "Security Control Bottlenecks",
    "Monitoring Overhead",
    "Encryption Performance Issues",
    "Rate Limiting Problems",
  ],
  "Configuration & Deployment Issues": [
    "Security Configuration Errors",
    "Integration Security Problems",
    "Network Security Issues",
    "Container Security Problems",
  ],
} as const;
