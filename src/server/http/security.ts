import { secureHeaders } from "hono/secure-headers";

/**
 * CSP, no-sniff and frame-deny on every response. Styles allow inline attributes because the
 * component library sets style props; scripts come only from our own origin.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    mediaSrc: ["'self'", "blob:"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", "data:"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  xContentTypeOptions: "nosniff",
  referrerPolicy: "same-origin",
  // The rehearsal studio records from the camera and microphone of this origin only.
  permissionsPolicy: { camera: ["self"], microphone: ["self"], geolocation: [] },
});
