// Questions people and agents ask that the Images and Stream pages answer, in their own words.
import type { PageQuestions } from "./types.ts";

export const MEDIA_QUESTIONS: PageQuestions = {
  "/images/": [
    "resize and optimize images for my website",
    "store and serve images in different sizes",
    "make images load faster",
    "imgix or cloudinary style image cdn for my app",
  ],
  "/images/get-started/introduction/": [
    "start using image hosting and resizing",
    "host product photos and serve thumbnails automatically",
    "store, resize and deliver images",
  ],
  "/images/get-started/limits/": [
    "how big can an uploaded image be",
    "maximum image dimensions and file size",
    "which image formats are supported",
    "size limits for resizing animated gifs",
    "my photo upload fails because the file is too big",
  ],
  "/images/pricing/": [
    "how much does image resizing cost",
    "price per image stored or delivered",
    "are transformations billed per unique image",
  ],
  "/images/optimization/transformations/": [
    "resize images stored on my own server on the fly",
    "convert images to webp or avif automatically",
    "crop and resize through a url",
    "pictures on my site are huge and slow the page down",
  ],
  "/images/optimization/transformations/overview/": [
    "enable transformations for my zone",
    "cdn-cgi/image url format",
    "turn on image resizing for my domain",
  ],
  "/images/optimization/transformations/transform-via-workers/": [
    "resize images inside a worker with fetch options",
    "cf.image options in fetch",
    "custom resizing logic in a worker",
  ],
  "/images/optimization/transformations/control-origin-access/": [
    "stop others from resizing images through my zone",
    "restrict image transformations to my own images",
    "allowed origins for resizing",
  ],
  "/images/optimization/make-responsive-images/": [
    "serve different sizes for different screens with srcset",
    "different image sizes for mobile and desktop",
  ],
  "/images/optimization/binding/": [
    "transform image bytes from a worker",
    "images binding in a worker",
    "resize an image uploaded to my worker",
  ],
  "/images/optimization/draw-overlays/": [
    "add a watermark or logo on top of images",
    "watermark images automatically",
    "stamp a semi-transparent logo on pictures",
  ],
  "/images/optimization/features/": [
    "what can i do to images: blur, crop, rotate, format",
    "image transformation options",
    "change image format and quality",
  ],
  "/images/optimization/hosted-images/create-variants/": [
    "define thumbnail and large sizes for uploaded images",
    "image variants",
    "create a variant for thumbnails",
    "named sizes for images",
  ],
  "/images/optimization/hosted-images/serve-private-images/": [
    "only let signed in users see an image",
    "signed urls for images",
    "private images that need a token",
  ],
  "/images/optimization/hosted-images/serve-from-custom-domains/": [
    "serve uploaded images from my own domain",
    "deliver images from images.example.com",
    "custom domain for image delivery",
  ],
  "/images/optimization/hosted-images/enable-flexible-variants/": [
    "resize uploaded images with any width in the url",
    "flexible variants with width and height in the url",
    "resize stored images with w= and h= parameters in the url",
  ],
  "/images/storage/upload-images/": [
    "upload images to cloudflare",
    "ways to add images to my account",
    "upload an image with the api",
  ],
  "/images/storage/upload-images/direct-creator-upload/": [
    "let my users upload photos directly without my server",
    "one time upload url for user images",
    "user avatar uploads straight to cloudflare",
  ],
  "/images/storage/upload-images/upload-url/": [
    "import an image from a url",
    "upload an image by url",
    "copy remote images into my account",
  ],
  "/images/storage/manage-images/delete-images/": [
    "delete an uploaded image",
    "remove images from storage",
    "delete images with the api",
  ],
  "/images/polish/": [
    "compress images on my site automatically",
    "lossless or lossy image compression for the cdn",
    "pagespeed says my site's pictures are too heavy",
  ],
  "/images/polish/activate-polish/": [
    "turn on automatic image compression for my website",
    "enable polish for my zone",
    "convert images to webp automatically",
  ],
  "/images/reference/troubleshooting/": [
    "resized image shows an error or is not transformed",
    "image transformations not working",
    "error 9xxx when resizing",
    "resizing ignores cookies or authorization headers to my origin",
    "purge a resized image that is still cached",
    "thumbnails on my site show broken images",
  ],
  "/stream/": [
    "host and play videos on my website",
    "video hosting with adaptive streaming",
    "embed videos on my site without youtube branding",
  ],
  "/stream/get-started/": [
    "upload my first video and embed it",
    "upload an mp4 and paste a player into my html",
    "upload a video and get an embed code",
  ],
  "/stream/pricing/": [
    "how much does video hosting cost",
    "price per minute stored and delivered",
    "are video uploads or encoding billed",
    "charged for minutes even though nobody watched",
  ],
  "/stream/faq/": [
    "how long can a video be and how large a file can i upload",
    "supported video formats",
    "pagespeed score drops after embedding the video player",
    "maximum video length",
    "which domains to allow in my content security policy for the player",
    "are my videos deleted if i cancel the subscription",
  ],
  "/stream/uploading-videos/": [
    "ways to upload a video",
    "upload a video with the api or dashboard",
    "move my existing videos from vimeo or an s3 bucket",
    "which upload method fits large files or end users",
  ],
  "/stream/uploading-videos/direct-creator-uploads/": [
    "let my users upload videos without going through my server",
    "one time upload link for videos",
    "user generated video uploads",
  ],
  "/stream/uploading-videos/resumable-uploads/": [
    "upload a very large video that might get interrupted",
    "tus resumable upload",
    "upload videos larger than 200mb",
  ],
  "/stream/uploading-videos/upload-via-link/": [
    "copy a video from a url",
    "import a video from another url",
    "upload a video by link",
  ],
  "/stream/viewing-videos/securing-your-stream/": [
    "only let paying users watch my videos",
    "signed tokens for video playback",
    "restrict which sites can embed my videos",
    "stop people from downloading or hotlinking my videos",
  ],
  "/stream/viewing-videos/using-the-stream-player/": [
    "embed a video player on my page",
    "stream player embed code",
    "autoplay and mute options for the player",
  ],
  "/stream/viewing-videos/using-own-player/": [
    "play stream videos in my own hls or dash player",
    "hls manifest url for my video",
    "use video.js or hls.js with stream",
  ],
  "/stream/viewing-videos/displaying-thumbnails/": [
    "get a thumbnail image of a video",
    "choose a thumbnail time",
    "animated gif preview of a video",
  ],
  "/stream/viewing-videos/download-videos/": [
    "let users download an mp4 of a video",
    "download the original video file",
    "enable mp4 downloads",
  ],
  "/stream/stream-live/": [
    "broadcast live video to viewers",
    "live streaming with rtmp",
    "go live like twitch from my own website",
  ],
  "/stream/stream-live/start-stream-live/": [
    "start a live stream from obs",
    "create a live input and get rtmps url",
    "go live with rtmp or srt",
    "recommended bitrate, keyframe interval and resolution for live input",
  ],
  "/stream/stream-live/simulcasting/": [
    "restream my live video to youtube and twitch at once",
    "send my live stream to several platforms",
    "restream to facebook live",
  ],
  "/stream/stream-live/replay-recordings/": [
    "record a live stream and watch it later",
    "automatic recording of live broadcasts",
    "watch a past live stream",
  ],
  "/stream/edit-videos/adding-captions/": [
    "add subtitles to a video",
    "generate captions automatically",
    "upload a vtt subtitle file",
    "auto generated transcripts",
  ],
  "/stream/edit-videos/applying-watermarks/": [
    "put my logo on videos",
    "watermark profile for uploads",
    "add an image overlay to videos",
  ],
  "/stream/edit-videos/video-clipping/": [
    "cut a clip from a video",
    "trim a video",
    "create a clip with start and end time",
  ],
  "/stream/manage-video-library/using-webhooks/": [
    "know when a video has finished processing",
    "webhook when encoding finishes",
    "get notified when a video is ready",
  ],
  "/stream/getting-analytics/": [
    "how many views and minutes watched",
    "which of my videos get watched the most",
    "viewer statistics for my videos",
  ],
  "/images/optimization/hosted-images/serve-uploaded-images/": [
    "url of an uploaded image",
    "deliver hosted images",
    "imagedelivery.net url format with account hash and variant",
    "show an uploaded image on my web page",
  ],
  "/images/storage/upload-images/upload-file-worker/": [
    "upload images from a worker",
    "upload images from a worker to cloudflare images",
    "send an image my worker received to image storage",
  ],
  "/images/tutorials/optimize-mobile-viewing/": [
    "optimize images for mobile visitors",
    "smaller images for phones",
    "lazy load images so phones load the page faster",
  ],
  "/images/optimization/transformations/sources/": [
    "which origins can images be resized from",
    "allowed source origins for transformations",
    "resize images hosted on another domain or bucket",
  ],
  "/images/storage/manage-images/export-images/": [
    "download all my images",
    "export my images",
    "get the original file of an uploaded image back",
    "move my images out of cloudflare",
  ],
  "/images/polish/cf-polished-statuses/": [
    "cf-polished header values",
    "why was my image not polished",
    "cf-polished header missing from image responses",
    "what does cf-polished input_too_large or webp_bigger mean",
    "pictures on my site are not getting any smaller",
  ],
  "/stream/uploading-videos/upload-video-file/": [
    "upload a video file with curl",
    "basic video upload",
    "upload a small mp4 with a single post request",
  ],
  "/stream/viewing-videos/": [
    "share a link to a video or embed it in a page",
    "video playback options",
    "show my uploaded video on a web page or in an app",
  ],
  "/stream/stream-live/watch-live-stream/": [
    "embed a live stream player",
    "watch a live stream",
    "find the video id of a live broadcast to play it",
    "check whether my live input is connected",
  ],
  "/stream/transform-videos/": [
    "resize or trim videos stored elsewhere",
    "media transformations for video",
    "make a short preview clip or thumbnail from an mp4 on my site",
  ],
  "/stream/edit-videos/player-enhancements/": [
    "add a logo or title to the player",
    "customize the stream player",
    "brand the video player with my logo and link",
  ],
  "/stream/getting-analytics/live-viewer-count/": [
    "how many people are watching my live stream",
    "live viewer count",
    "concurrent viewers of a broadcast right now",
  ],
  "/images/get-started/key-concepts/": [
    "difference between hosted images, variants and transformations",
    "terms used in cloudflare images explained",
  ],
  "/images/optimization/hosted-images/blur-variants/": [
    "blurred placeholder version of an uploaded image",
    "create a variant that blurs the picture",
  ],
  "/images/optimization/hosted-images/browser-ttl/": [
    "how long browsers cache my hosted images",
    "change cache-control max-age for image variants",
    "updated image still shows the old version in browsers",
  ],
  "/images/optimization/hosted-images/delete-variants/": [
    "remove an image size i no longer need",
    "delete a named variant with the api",
  ],
  "/images/optimization/transformations/draw-overlays/": [
    "put a logo in the corner of every photo",
    "stock photo watermark repeated across an image",
    "draw one image on top of another in a worker",
  ],
  "/images/optimization/transformations/flows/": [
    "convert all jpegs and pngs on my site to avif without code",
    "automatic image optimization rules by file type",
    "lower image quality for visitors on slow connections",
  ],
  "/images/optimization/transformations/integrate-with-frameworks/": [
    "next.js image loader for cloudflare resizing",
    "use the next/image component with cdn-cgi/image urls",
  ],
  "/images/optimization/transformations/preserve-content-credentials/": [
    "keep c2pa provenance metadata when resizing images",
    "don't strip content credentials from photos",
  ],
  "/images/optimization/transformations/rewrite-rules/": [
    "resize images without changing my existing urls",
    "serve resized images from a clean path like /images/",
    "send every image on my zone through resizing",
  ],
  "/images/polish/compression/": [
    "lossless versus lossy versus webp compression settings",
    "does image compression strip exif metadata",
  ],
  "/images/polish/no-webp/": [
    "images are not converted to webp even though it's on",
    "why some jpegs stay jpeg instead of webp",
  ],
  "/images/reference/security/": [
    "protect my image resizing from abuse and bots",
    "rate limit image transformation requests",
  ],
  "/images/storage/binding/": [
    "upload, list and delete hosted images from a worker",
    "images binding methods for stored images",
    "upload a base64 image from my worker",
  ],
  "/images/storage/manage-images/edit-images/": [
    "require signed urls for one image only",
    "change settings of an uploaded image in the dashboard",
  ],
  "/images/storage/upload-images/configure-webhooks/": [
    "get notified when a direct upload finishes",
    "webhook for image upload events",
  ],
  "/images/storage/upload-images/images-batch/": [
    "upload thousands of images without hitting api rate limits",
    "batch token for bulk image operations",
  ],
  "/images/storage/upload-images/methods/": [
    "upload images from the dashboard, the api or s3",
    "which way to add images to my account",
  ],
  "/images/storage/upload-images/sourcing-kit/": [
    "migrate my images from amazon s3 in bulk",
    "import only new images from an s3 bucket",
  ],
  "/images/storage/upload-images/sourcing-kit/credentials/": [
    "iam user permissions for importing images from s3",
    "aws credentials needed to migrate images",
  ],
  "/images/storage/upload-images/sourcing-kit/edit/": [
    "rename or delete an image import source",
    "stop a running s3 image import",
  ],
  "/images/storage/upload-images/sourcing-kit/enable/": [
    "create my first image import job from s3",
    "set up sourcing kit in the dashboard",
  ],
  "/images/storage/upload-images/upload-custom-path/": [
    "choose my own id or path for an uploaded image",
    "keep my existing image filenames instead of random ids",
  ],
  "/images/tutorials/optimize-user-uploaded-image/": [
    "watermark user uploads before saving them to r2",
    "resize and convert photos in a worker then store them in a bucket",
  ],
  "/stream/edit-videos/adding-additional-audio-tracks/": [
    "add a dubbed language audio track to a video",
    "multiple audio languages for one video",
  ],
  "/stream/examples/android/": [
    "play stream video in an android app with exoplayer",
    "android example app for hls playback",
  ],
  "/stream/examples/ios/": [
    "play stream video in an iphone app with avplayer",
    "ios sample app for stream playback",
  ],
  "/stream/examples/obs-from-scratch/": [
    "step by step first live broadcast with obs studio",
    "best obs settings for going live",
  ],
  "/stream/examples/rtmps_playback/": [
    "pull my live stream back out over rtmps",
    "rtmps playback key for a live input",
  ],
  "/stream/examples/shaka-player/": [
    "play stream videos with shaka player",
    "shaka player dash example",
  ],
  "/stream/examples/srt_playback/": ["play a live input over srt", "srt playback url with ffplay"],
  "/stream/examples/test-webhooks-locally/": [
    "stream webhooks don't reach localhost",
    "test video webhooks on my machine with a tunnel",
  ],
  "/stream/examples/vidstack/": [
    "use vidstack player with stream hls urls",
    "vidstack react or angular video player example",
  ],
  "/stream/getting-analytics/fetching-bulk-analytics/": [
    "minutes viewed per video or country with graphql",
    "query video playback analytics from the api",
  ],
  "/stream/manage-video-library/bindings/": [
    "upload and manage videos from a worker",
    "stream binding methods: upload, list, captions, downloads",
    "create a direct upload url from my worker",
  ],
  "/stream/manage-video-library/creator-id/": [
    "tag each video with the user who uploaded it",
    "list all videos uploaded by one of my users",
  ],
  "/stream/manage-video-library/searching/": [
    "find a video by its name with the api",
    "search my video library",
  ],
  "/stream/stream-live/custom-domains/": [
    "use my own hostname instead of live.cloudflare.com for rtmps",
    "custom ingest url for live streaming",
  ],
  "/stream/stream-live/download-stream-live-videos/": [
    "download the recording of a past live stream as mp4",
    "live recording longer than four hours can't be downloaded",
  ],
  "/stream/stream-live/dvr-for-live/": [
    "let viewers rewind or pause a live broadcast",
    "dvrEnabled for live playback",
  ],
  "/stream/stream-live/live-instant-clipping/": [
    "let viewers clip a highlight from a live stream",
    "make a short clip of a broadcast without new storage",
  ],
  "/stream/stream-live/troubleshooting/": [
    "live stream buffering, freezing or high latency",
    "obs keeps disconnecting from the rtmps server",
    "player says the stream has not started yet",
  ],
  "/stream/stream-live/webhooks/": [
    "get notified when my encoder connects or disconnects",
    "webhook when a live input errors",
  ],
  "/stream/transform-videos/bindings/": [
    "extract a frame or audio from a video in a worker",
    "make a short optimized clip of a video stored in r2",
    "transcribe a video's audio with workers ai",
  ],
  "/stream/transform-videos/sources/": [
    "allow video transformations from other domains",
    "which origins may serve source videos for resizing",
  ],
  "/stream/transform-videos/troubleshooting/": [
    "video transformation fails with an err code in cf-resized",
    "media transformations error messages",
  ],
  "/stream/uploading-videos/player-api/": [
    "stream tag attributes like autoplay, loop and muted",
    "player events and methods for the stream element",
    "my video won't autoplay unless it is muted",
  ],
  "/stream/viewing-videos/using-own-player/android/": [
    "stream on-demand and live video in native android apps",
    "exoplayer with stream hls or dash",
  ],
  "/stream/viewing-videos/using-own-player/ios/": [
    "stream video to iphone, apple tv or mac apps",
    "avplayer with a stream hls manifest",
  ],
  "/stream/viewing-videos/using-own-player/web/": [
    "which web video players work with stream",
    "hls and dash web players for my videos",
  ],
  "/stream/viewing-videos/using-the-stream-player/using-the-player-api/": [
    "control play and pause of the embedded player with javascript",
    "listen for video events from the stream player iframe",
  ],
  "/stream/webrtc-beta/": [
    "sub-second latency live streaming to many viewers",
    "go live from the browser with whip and play with whep",
    "real time video for auctions or live q&a",
  ],
  "/images/examples/watermark-from-kv/": [
    "put a logo stored in kv on top of photos from my bucket",
    "cache the watermarked version of an image in a worker",
  ],
  "/stream/examples/hls-js/": [
    "m3u8 video won't play in chrome or firefox",
    "hls.js snippet for my uploaded video",
  ],
  "/stream/examples/video-js/": [
    "videojs player for my hosted videos",
    "play an hls manifest with video.js",
  ],
  "/stream/examples/dash-js/": [
    "play an mpd manifest in the browser",
    "dash.js player for my hosted videos",
  ],
  "/stream/examples/stream-player/": [
    "iframe embed code that resizes with the page",
    "show a poster image before my video plays",
  ],
};
