import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { boundedBody, maxMultipartBytes } from '../../../../http/boundedRoute'

const multipartLimit = maxMultipartBytes((await config).upload.limits?.fileSize ?? 0)

export const GET = REST_GET(config)
export const POST = boundedBody(REST_POST(config), multipartLimit)
export const DELETE = boundedBody(REST_DELETE(config), multipartLimit)
export const PATCH = boundedBody(REST_PATCH(config), multipartLimit)
export const PUT = boundedBody(REST_PUT(config), multipartLimit)
export const OPTIONS = REST_OPTIONS(config)
