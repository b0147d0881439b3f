package com.safeward.web;

import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error of a request under {@code /api/} into an RFC 9457 problem detail; 4xx
 * problems name the offending fields in {@code errors}. Requests of the server-rendered UI are
 * left to the error pages (the exception is rethrown untouched).
 */
@RestControllerAdvice
@Order(0)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return invalid(ex.getBindingResult());
    }

    /** A body validated once its record was found in scope ({@link BodyValidator}). */
    @ExceptionHandler(BodyValidator.InvalidBody.class)
    ResponseEntity<ProblemDetail> invalidBody(BodyValidator.InvalidBody ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return invalid(ex.result());
    }

    private ResponseEntity<ProblemDetail> invalid(org.springframework.validation.BindingResult result) {
        List<ProblemField> fields = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.add(new ProblemField(error.getField(), messages.getMessage(error, locale())));
        }
        result.getGlobalErrors()
                .forEach(error -> fields.add(new ProblemField(error.getObjectName(), messages.getMessage(error, locale()))));
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        List<ProblemField> fields = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                fields.add(new ProblemField(result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, locale())))));
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        if (RequestSizeLimit.isCause(ex)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, text("problem.tooLarge"), List.of());
        }
        Throwable cause = ex.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message = mismatch instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()
                    ? text("problem.field.enum", String.valueOf(format.getValue()),
                            enumValues(format.getTargetType()))
                    : text("typeMismatch", label(field));
            return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), List.of(new ProblemField(field, message)));
        }
        if (cause instanceof JacksonException) {
            return problem(HttpStatus.BAD_REQUEST, text("problem.malformedJson"), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, text("problem.unreadable"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        String message = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? text("problem.field.enum", String.valueOf(ex.getValue()), enumValues(ex.getRequiredType()))
                : text("typeMismatch", label(ex.getName()));
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), List.of(new ProblemField(ex.getName(), message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"),
                List.of(new ProblemField(ex.getParameterName(), text("NotNull", label(ex.getParameterName())))));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> invalidField(RuleViolation ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"),
                List.of(new ProblemField(ex.field(), text(ex.messageKey(), ex.arguments()))));
    }

    @ExceptionHandler(com.safeward.kernel.Refused.class)
    ResponseEntity<ProblemDetail> refused(com.safeward.kernel.Refused ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        String why = text(ex.messageKey(), ex.arguments());
        return problem(HttpStatus.CONFLICT, why, List.of(new ProblemField(ex.field(), why)));
    }

    @ExceptionHandler(com.safeward.kernel.Throttled.class)
    ResponseEntity<ProblemDetail> throttled(com.safeward.kernel.Throttled ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(ex.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, text("problem.throttled")));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return problem(HttpStatus.NOT_FOUND, text("problem.notFound"), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return problem(HttpStatus.CONFLICT, text("problem.concurrentChange"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        log.info("Rejected a change that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, text("problem.conflict"), List.of());
    }

    /** Spring MVC's own errors (405, 406, 415, no such resource, …) already carry a status. */
    @ExceptionHandler({ErrorResponseException.class, ServletException.class})
    ResponseEntity<ProblemDetail> frameworkError(Exception ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        if (!(ex instanceof ErrorResponse error)) {
            return unexpected(ex, request);
        }
        HttpStatusCode status = error.getStatusCode();
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setDetail(error.getBody().getDetail());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // answered by the security entry point / access-denied handler
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal"), List.of());
    }

    private static void requireApi(Exception ex, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw ex;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<ProblemField> fields) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (!fields.isEmpty()) {
            body.setProperty("errors", fields);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** The field's label ({@code field.<name>}), as validation messages name it. */
    private String label(String field) {
        return messages.getMessage(FieldLabels.of(field), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        List<String> names = new ArrayList<>();
        for (Object constant : constants) {
            names.add(((Enum<?>) constant).name());
        }
        return String.join(", ", names);
    }
}
