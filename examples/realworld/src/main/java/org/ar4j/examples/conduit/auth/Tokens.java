package org.ar4j.examples.conduit.auth;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Signed tokens (JWT, HS256, Nimbus JOSE + JWT) carrying a user's id; the API reads them from "Authorization: Token ...". */
@Component
public class Tokens {
    private static final Duration LIFETIME = Duration.ofDays(30);
    private final byte[] secret;
    private final Clock clock = Clock.systemUTC();

    public Tokens(@Value("${conduit.jwt-secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        if (this.secret.length < 32) {
            throw new IllegalStateException("conduit.jwt-secret must be at least 32 bytes for HS256");
        }
    }

    /** A token for a user. */
    public String issue(long userId) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(Long.toString(userId))
                    .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(LIFETIME))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a token failed", e);
        }
    }

    /** The user id of a valid, unexpired token; empty for anything else. */
    public Optional<Long> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            Date expires = jwt.getJWTClaimsSet().getExpirationTime();
            if (expires == null || expires.toInstant().isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(jwt.getJWTClaimsSet().getSubject()));
        } catch (ParseException | JOSEException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
